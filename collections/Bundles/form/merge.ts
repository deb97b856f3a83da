import type { Answers, FormDefinition, FormField } from '../../Applications/form/validate'
import type { PublishedForm } from '../../Applications/form/definition'
import type { PrefillSource, ReusableMaterial } from '../../Applications/reuse/sources'

/**
 * One form for a 一件事: the questions of its services merged (a question
 * several services ask, by `name`, is asked once), one set of materials (a
 * material several services ask for, by name, is uploaded once), and how to
 * split what the resident filled in back into one application per service.
 * No Payload imports: the portal's page and the submit endpoint both use it.
 */

/** A service of the bundle as the merge needs it. */
export type MemberForm = { code: string; form: FormDefinition; title: string }

/** Where one service's own questions and materials are in the merged form. */
export type MergedMember = {
  code: string
  /** Names of the questions this service asks. */
  fields: string[]
  title: string
  /** For each of the service's own uploads (by its index), the index of the merged upload. */
  uploads: number[]
}

export type MergedForm = {
  /** Questions asked differently by two services under one name: the bundle cannot be one form. */
  conflicts: string[]
  definition: FormDefinition
  members: MergedMember[]
}

/**
 * Two services ask the same question when its type, options and show-if
 * condition agree: the merged form shows a question under one condition, so
 * a question one service always needs and another asks only sometimes would
 * be hidden from the first.
 */
const sameQuestion = (a: FormField, b: FormField): boolean =>
  a.type === b.type &&
  JSON.stringify(a.options ?? []) === JSON.stringify(b.options ?? []) &&
  JSON.stringify(a.showIf ?? null) === JSON.stringify(b.showIf ?? null)

/** Merge the forms of a bundle's services, in their order: the first service to ask a question words it. */
export function mergeForms(members: MemberForm[]): MergedForm {
  const fields: FormField[] = []
  const uploads: FormDefinition['uploads'] = []
  const askedBy = new Map<string, string>()
  const conflicts: string[] = []
  const merged = members.map((member): MergedMember => {
    for (const field of member.form.fields) {
      const earlier = fields.find((each) => each.name === field.name)
      if (!earlier) {
        fields.push({ ...field })
        askedBy.set(field.name, member.title)
      } else if (!sameQuestion(earlier, field)) {
        conflicts.push(`问题“${earlier.label}”在“${askedBy.get(field.name)}”和“${member.title}”中问法不同`)
      } else {
        earlier.required = Boolean(earlier.required || field.required)
        earlier.help ??= field.help
      }
    }
    const ownUploads = member.form.uploads.map((upload) => {
      const index = uploads.findIndex((each) => each.material === upload.material)
      if (index < 0) return uploads.push({ ...upload }) - 1
      uploads[index] = { ...uploads[index]!, required: Boolean(uploads[index]!.required || upload.required), help: uploads[index]!.help ?? upload.help }
      return index
    })
    return { code: member.code, title: member.title, fields: member.form.fields.map((field) => field.name), uploads: ownUploads }
  })
  return { conflicts, definition: { fields, uploads }, members: merged }
}

/** The answers one service's application keeps: its own questions only. */
export function memberAnswers(member: MergedMember, answers: Answers): Answers {
  return Object.fromEntries(Object.entries(answers).filter(([name]) => member.fields.includes(name)))
}

/** The files one service's application gets, each under that service's own upload index. */
export function memberFiles<T extends { upload: number }>(member: MergedMember, files: T[]): T[] {
  return files.flatMap((file) => {
    const own = member.uploads.indexOf(file.upload)
    return own < 0 ? [] : [{ ...file, upload: own }]
  })
}

/** A service's guide materials beside the uploads its form asks for. */
type MemberMaterials<Material> = { materials: Material[]; uploads: { material: string }[] }

/**
 * The guide's materials behind the merged form's uploads, as reuse reads
 * them: a material is 免提交 (held by the platform) or replaceable by a
 * 告知承诺 only when every service asking for it says so, so no department
 * has a material waived that its own guide does not waive.
 */
export function mergedMaterials<Material extends ReusableMaterial>(members: MemberMaterials<Material>[]): Material[] {
  const names = [...new Set(members.flatMap((member) => member.uploads.map((upload) => upload.material)))]
  return names.flatMap((name) => {
    const described = members
      .filter((member) => member.uploads.some((upload) => upload.material === name))
      .map((member) => member.materials.find((material) => material.name === name))
    const first = described[0]
    if (!first) return []
    const held = described.every((each) => each?.platformSource && each.platformSource === first.platformSource)
    const committable = described.every((each) => each?.commitmentAllowed)
    return [{ ...first, platformSource: held ? first.platformSource : null, commitmentAllowed: committable }]
  })
}

/**
 * The merged form as a page shows it (the portal's and the server's filled
 * one): every value present, each question's prefill source from the first
 * service asking it, routed by where the applicant lives (a bundle never asks
 * about another person).
 */
export function mergedPublishedForm(merged: FormDefinition, questions: { name: string; prefill?: null | PrefillSource }[]): PublishedForm {
  const prefillOf = (name: string) => questions.find((question) => question.name === name)?.prefill ?? null
  return {
    fields: merged.fields.map((field) => ({ ...field, help: field.help ?? null, options: field.options ?? [], prefill: prefillOf(field.name), required: Boolean(field.required), showIf: field.showIf ?? null })),
    uploads: merged.uploads.map((upload) => ({ ...upload, help: upload.help ?? null, required: Boolean(upload.required) })),
    party: null,
    handledBy: 'applicant-residence',
  }
}
