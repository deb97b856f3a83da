import {
  type ASTNode,
  type DefinitionNode,
  type FragmentDefinitionNode,
  GraphQLError,
  Kind,
  type SelectionSetNode,
  type ValidationRule,
} from 'graphql'

/**
 * Bounds on one GraphQL request, so that none can keep a server busy: every
 * aliased field is executed on its own (thousands of aliases of one list
 * query are thousands of database queries), and each level of nesting
 * multiplies the work. Payload's complexity limit (`graphQL.maxComplexity`)
 * bounds the fields in all; these bound what complexity does not see.
 */
export const GRAPHQL_LIMITS = { maxAliases: 30, maxComplexity: 500, maxDepth: 10 }

type Shape = { aliases: number; depth: number }

/** Aliases and nesting depth of a selection set, fragments included (each fragment measured once). */
function measure(selectionSet: SelectionSetNode | undefined, fragments: Map<string, FragmentDefinitionNode>, seen: Map<string, Shape>): Shape {
  const shape = { aliases: 0, depth: 0 }
  for (const selection of selectionSet?.selections ?? []) {
    let inner: Shape
    if (selection.kind === Kind.FRAGMENT_SPREAD) {
      const name = selection.name.value
      if (!seen.has(name)) {
        // Marked first: a fragment that spreads itself is another rule's error, not an endless loop here.
        seen.set(name, { aliases: 0, depth: 0 })
        seen.set(name, measure(fragments.get(name)?.selectionSet, fragments, seen))
      }
      inner = seen.get(name)!
    } else {
      const nested = measure(selection.selectionSet, fragments, seen)
      const own = selection.kind === Kind.FIELD && selection.selectionSet ? 1 : 0
      inner = { aliases: nested.aliases + (selection.kind === Kind.FIELD && selection.alias ? 1 : 0), depth: nested.depth + own }
    }
    shape.aliases += inner.aliases
    shape.depth = Math.max(shape.depth, inner.depth)
  }
  return shape
}

const isFragment = (definition: DefinitionNode): definition is FragmentDefinitionNode => definition.kind === Kind.FRAGMENT_DEFINITION

/** A validation rule (Payload's `graphQL.validationRules`) refusing a document over GRAPHQL_LIMITS' alias or depth bound. */
export const queryShapeRule: ValidationRule = (context) => ({
  Document(document) {
    const fragments = new Map(document.definitions.filter(isFragment).map((fragment) => [fragment.name.value, fragment]))
    const seen = new Map<string, Shape>()
    for (const definition of document.definitions) {
      if (definition.kind !== Kind.OPERATION_DEFINITION) continue
      const { aliases, depth } = measure(definition.selectionSet, fragments, seen)
      const nodes: ASTNode[] = [definition]
      if (aliases > GRAPHQL_LIMITS.maxAliases) {
        context.reportError(new GraphQLError(`一次查询最多使用 ${GRAPHQL_LIMITS.maxAliases} 个别名，这次用了 ${aliases} 个`, { nodes }))
      }
      if (depth > GRAPHQL_LIMITS.maxDepth) {
        context.reportError(new GraphQLError(`查询最多嵌套 ${GRAPHQL_LIMITS.maxDepth} 层，这次嵌套了 ${depth} 层`, { nodes }))
      }
    }
  },
})
