import { type CollectionBeforeOperationHook, type CollectionConfig, type SanitizedConfig } from 'payload'
import { Refusal } from '../lib/api/errors'
import { checkQueryArgs, type IdFields, type SelectOptions } from '../domain/http/queryArgs'

/** Top-level select fields of a collection (including those inside rows and collapsibles) with their options. */
function selectOptions(config: CollectionConfig): SelectOptions {
  const out: SelectOptions = new Map()
  const walk = (fields: CollectionConfig['fields']) => {
    for (const f of fields) {
      if (f.type === 'select' && 'name' in f) out.set(f.name, new Set(f.options.map((o) => (typeof o === 'string' ? o : o.value))))
      else if ((f.type === 'row' || f.type === 'collapsible') && 'fields' in f) walk(f.fields)
    }
  }
  walk(config.fields)
  return out
}

/** `id` and the top-level relationship and upload fields that point at one collection. */
function idFields(config: CollectionConfig): IdFields {
  const out: IdFields = new Set(['id'])
  const walk = (fields: CollectionConfig['fields']) => {
    for (const f of fields) {
      if ((f.type === 'relationship' || f.type === 'upload') && 'name' in f && typeof f.relationTo === 'string') out.add(f.name)
      else if ((f.type === 'row' || f.type === 'collapsible') && 'fields' in f) walk(f.fields)
    }
  }
  walk(config.fields)
  return out
}

/** Added to every collection: list queries from REST, GraphQL and the Local API get the same 400s. */
export function rejectBadQueryArgs(config: CollectionConfig): CollectionBeforeOperationHook {
  const selects = selectOptions(config)
  const ids = idFields(config)
  return ({ args, operation }) => {
    if (['read', 'count', 'delete', 'update'].includes(operation)) {
      const problem = checkQueryArgs(args as { page?: unknown; limit?: unknown; where?: unknown }, selects, ids)
      if (problem) throw new Refusal(problem, 400)
    }
    return args
  }
}

/** Payload's own collections (preferences, document locks) exist only once the config is built: they get the check here. */
export function withQueryArgChecksOnBuiltIns(config: SanitizedConfig): SanitizedConfig {
  for (const c of config.collections.filter((c) => c.slug.startsWith('payload-'))) {
    c.hooks.beforeOperation = [rejectBadQueryArgs(c as unknown as CollectionConfig), ...(c.hooks.beforeOperation ?? [])]
  }
  return config
}
