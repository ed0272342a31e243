/**
 * SQL for an exemplar's values that Payload keeps outside the `exemplars` row, for the readers that go straight to
 * the tables (quota counts, the annual report): one spelling, so every screen reads the same years.
 */

/** The recognised years of the exemplar aliased `e`, in the order entered, as an int[] ('{}' when none). */
export const RECOGNISED_YEARS_OF_E = `coalesce((SELECT array_agg(n.number::int ORDER BY n."order") FROM exemplars_numbers n
                  WHERE n.parent_id = e.id AND n.path = 'recognisedYears'), '{}')`
