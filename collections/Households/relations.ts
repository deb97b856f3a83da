/** A member's relation to the head of the household (与户主关系). */
export const HOUSEHOLD_RELATION_LABELS = {
  head: '户主',
  spouse: '配偶',
  child: '子女',
  parent: '父母',
  grandparent: '祖父母、外祖父母',
  grandchild: '孙子女、外孙子女',
  sibling: '兄弟姐妹',
  childInLaw: '儿媳、女婿',
  other: '其他',
} as const
