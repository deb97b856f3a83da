import { Icon as Icon_bc64442ee066953691f85c8dc29a6959 } from '../../../../cms/components/Brand'
import { Logo as Logo_bc64442ee066953691f85c8dc29a6959 } from '../../../../cms/components/Brand'
import { CollectionCards as CollectionCards_f9c02e79a4aed9a3924487c0cd4cafb1 } from '@payloadcms/next/rsc'

/** @type import('payload').ImportMap */
export const importMap = {
  "/cms/components/Brand#Icon": Icon_bc64442ee066953691f85c8dc29a6959,
  "/cms/components/Brand#Logo": Logo_bc64442ee066953691f85c8dc29a6959,
  "@payloadcms/next/rsc#CollectionCards": CollectionCards_f9c02e79a4aed9a3924487c0cd4cafb1
}
