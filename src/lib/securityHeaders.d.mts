export declare const isHttps: (url: string | undefined) => boolean
export declare function contentSecurityPolicy(opts?: { admin?: boolean; dev?: boolean; https?: boolean }): string
export declare function securityHeaderList(opts?: { publicUrl?: string; dev?: boolean; admin?: boolean }): { key: string; value: string }[]
export declare function securityHeaderRules(opts?: {
  publicUrl?: string
  dev?: boolean
}): { source: string; headers: { key: string; value: string }[] }[]
