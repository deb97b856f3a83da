import {
  type FragmentDefinitionNode,
  getNamedType,
  type GraphQLCompositeType,
  GraphQLError,
  type GraphQLSchema,
  isCompositeType,
  isObjectType,
  Kind,
  type SelectionSetNode,
  type ValidationRule,
  type ValueNode,
} from 'graphql'

/**
 * Bounds on one GraphQL request, so that none can keep a server busy:
 * - aliases: every aliased field is resolved on its own (thousands of aliases
 *   of one query are thousands of database queries);
 * - documents: the `limit`s of the list queries added up (a list asks for 10
 *   without one, and `limit: 0` for all), since each document costs its fields;
 * - depth: each level of nesting multiplies the work;
 * - complexity: Payload's own count of the fields asked for (`graphQL.maxComplexity`).
 */
export const GRAPHQL_LIMITS = { maxAliases: 30, maxComplexity: 500, maxDepth: 10, maxDocuments: 100 }
/** What Payload's list queries return without a `limit`. */
const DEFAULT_LIST_LIMIT = 10

type Shape = { aliases: number; depth: number; documents: number }
type Walk = {
  fragments: Map<string, FragmentDefinitionNode>
  schema: GraphQLSchema
  seen: Map<string, Shape>
  variables: Record<string, unknown>
}

/** A list query's `limit` argument as a number of documents (`0` means all of them). */
function documentsAsked(value: ValueNode | undefined, variables: Record<string, unknown>): number {
  const limit = value?.kind === Kind.VARIABLE ? Number(variables[value.name.value] ?? DEFAULT_LIST_LIMIT) : value?.kind === Kind.INT ? Number(value.value) : DEFAULT_LIST_LIMIT
  return limit > 0 ? limit : Number.POSITIVE_INFINITY
}

const add = (a: Shape, b: Shape): Shape => ({ aliases: a.aliases + b.aliases, depth: Math.max(a.depth, b.depth), documents: a.documents + b.documents })
const NOTHING: Shape = { aliases: 0, depth: 0, documents: 0 }

/** Aliases, documents and depth of a selection set on `type`, fragments included (each measured once, counted at every use). */
function measure(selectionSet: SelectionSetNode | undefined, type: GraphQLCompositeType | undefined, walk: Walk): Shape {
  let shape = NOTHING
  for (const selection of selectionSet?.selections ?? []) {
    if (selection.kind === Kind.FRAGMENT_SPREAD) {
      const name = selection.name.value
      if (!walk.seen.has(name)) {
        // Marked first: a fragment that spreads itself is another rule's error, not an endless loop here.
        walk.seen.set(name, NOTHING)
        const fragment = walk.fragments.get(name)
        walk.seen.set(name, measure(fragment?.selectionSet, compositeType(walk.schema, fragment?.typeCondition.name.value), walk))
      }
      shape = add(shape, walk.seen.get(name)!)
    } else if (selection.kind === Kind.INLINE_FRAGMENT) {
      shape = add(shape, measure(selection.selectionSet, compositeType(walk.schema, selection.typeCondition?.name.value) ?? type, walk))
    } else {
      const field = isObjectType(type) ? type.getFields()[selection.name.value] : undefined
      const listQuery = field?.args.some((arg) => arg.name === 'limit')
      const limit = selection.arguments?.find((arg) => arg.name.value === 'limit')?.value
      const inner = measure(selection.selectionSet, field && (getNamedType(field.type) as GraphQLCompositeType), walk)
      shape = add(shape, {
        aliases: inner.aliases + (selection.alias ? 1 : 0),
        depth: inner.depth + (selection.selectionSet ? 1 : 0),
        documents: inner.documents + (listQuery ? documentsAsked(limit, walk.variables) : 0),
      })
    }
  }
  return shape
}

function compositeType(schema: GraphQLSchema, name: string | undefined): GraphQLCompositeType | undefined {
  const type = name ? schema.getType(name) : undefined
  return isCompositeType(type) ? type : undefined
}

/**
 * A validation rule (Payload's `graphQL.validationRules`, which hands it the
 * request's variables) refusing an operation over GRAPHQL_LIMITS' alias,
 * document or depth bound.
 */
export const queryShapeRule =
  (variables: Record<string, unknown> = {}): ValidationRule =>
  (context) => ({
    Document(document) {
      const schema = context.getSchema()
      const fragments = new Map(
        document.definitions.flatMap((definition) => (definition.kind === Kind.FRAGMENT_DEFINITION ? [[definition.name.value, definition] as const] : [])),
      )
      const walk: Walk = { fragments, schema, seen: new Map(), variables }
      for (const definition of document.definitions) {
        if (definition.kind !== Kind.OPERATION_DEFINITION) continue
        const root = schema.getRootType(definition.operation) ?? undefined
        const { aliases, depth, documents } = measure(definition.selectionSet, root, walk)
        const refuse = (message: string) => context.reportError(new GraphQLError(message, { nodes: [definition] }))
        if (aliases > GRAPHQL_LIMITS.maxAliases) refuse(`一次查询最多使用 ${GRAPHQL_LIMITS.maxAliases} 个别名，这次用了 ${aliases} 个`)
        if (documents > GRAPHQL_LIMITS.maxDocuments) {
          refuse(`一次查询最多取 ${GRAPHQL_LIMITS.maxDocuments} 条记录（各列表的 limit 之和，不写 limit 按 ${DEFAULT_LIST_LIMIT} 条计，limit: 0 表示全部），请分页查询`)
        }
        if (depth > GRAPHQL_LIMITS.maxDepth) refuse(`查询最多嵌套 ${GRAPHQL_LIMITS.maxDepth} 层，这次嵌套了 ${depth} 层`)
      }
    },
  })
