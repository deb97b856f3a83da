import * as migration_20261121_145047_initial from './20261121_145047_initial';
import * as migration_20261121_180141_catalogue from './20261121_180141_catalogue';
import * as migration_20261121_201122_portal_featured from './20261121_201122_portal_featured';
import * as migration_20261121_203417_portal_builds from './20261121_203417_portal_builds';
import * as migration_20261121_215035_calendar_days from './20261121_215035_calendar_days';
import * as migration_20261121_223852_applications from './20261121_223852_applications';
import * as migration_20261121_233905_application_statistics from './20261121_233905_application_statistics';
import * as migration_20261122_023132_population from './20261122_023132_population';
import * as migration_20261122_024721_api_clients from './20261122_024721_api_clients';
import * as migration_20261122_031315_household_size from './20261122_031315_household_size';
import * as migration_20261122_044747_population_duplicates from './20261122_044747_population_duplicates';
import * as migration_20261122_051420_tickets from './20261122_051420_tickets';
import * as migration_20261122_052041_caller_lookup from './20261122_052041_caller_lookup';
import * as migration_20261122_053900_inbound_channels from './20261122_053900_inbound_channels';
import * as migration_20261122_054921_person_list_order from './20261122_054921_person_list_order';
import * as migration_20261122_084147_duplicates_list_order from './20261122_084147_duplicates_list_order';
import * as migration_20261206_023109_issue16_trust from './20261206_023109_issue16_trust';
import * as migration_20261206_105139_i18_residents_door from './20261206_105139_i18_residents_door';
import * as migration_20261206_125224_i18_follow from './20261206_125224_i18_follow';
import * as migration_20261206_153503_i19_applications from './20261206_153503_i19_applications';
import * as migration_20261206_165424_i19_forms_reuse_bundles_appointments from './20261206_165424_i19_forms_reuse_bundles_appointments';
import * as migration_20261206_183644_i20_open311 from './20261206_183644_i20_open311';
import * as migration_20261206_190755_i19_appts from './20261206_190755_i19_appts';
import * as migration_20261206_230233_i20_demands_dispatch_knowledge_public from './20261206_230233_i20_demands_dispatch_knowledge_public';
import * as migration_20261207_033237_i20_guide_comment_demands from './20261207_033237_i20_guide_comment_demands';
import * as migration_20261207_070908_i21_life_services from './20261207_070908_i21_life_services';
import * as migration_20261207_105503_i22_community_boards from './20261207_105503_i22_community_boards';

export const migrations = [
  {
    up: migration_20261121_145047_initial.up,
    down: migration_20261121_145047_initial.down,
    name: '20261121_145047_initial',
  },
  {
    up: migration_20261121_180141_catalogue.up,
    down: migration_20261121_180141_catalogue.down,
    name: '20261121_180141_catalogue',
  },
  {
    up: migration_20261121_201122_portal_featured.up,
    down: migration_20261121_201122_portal_featured.down,
    name: '20261121_201122_portal_featured',
  },
  {
    up: migration_20261121_203417_portal_builds.up,
    down: migration_20261121_203417_portal_builds.down,
    name: '20261121_203417_portal_builds',
  },
  {
    up: migration_20261121_215035_calendar_days.up,
    down: migration_20261121_215035_calendar_days.down,
    name: '20261121_215035_calendar_days',
  },
  {
    up: migration_20261121_223852_applications.up,
    down: migration_20261121_223852_applications.down,
    name: '20261121_223852_applications',
  },
  {
    up: migration_20261121_233905_application_statistics.up,
    down: migration_20261121_233905_application_statistics.down,
    name: '20261121_233905_application_statistics',
  },
  {
    up: migration_20261122_023132_population.up,
    down: migration_20261122_023132_population.down,
    name: '20261122_023132_population',
  },
  {
    up: migration_20261122_024721_api_clients.up,
    down: migration_20261122_024721_api_clients.down,
    name: '20261122_024721_api_clients',
  },
  {
    up: migration_20261122_031315_household_size.up,
    down: migration_20261122_031315_household_size.down,
    name: '20261122_031315_household_size',
  },
  {
    up: migration_20261122_044747_population_duplicates.up,
    down: migration_20261122_044747_population_duplicates.down,
    name: '20261122_044747_population_duplicates',
  },
  {
    up: migration_20261122_051420_tickets.up,
    down: migration_20261122_051420_tickets.down,
    name: '20261122_051420_tickets',
  },
  {
    up: migration_20261122_052041_caller_lookup.up,
    down: migration_20261122_052041_caller_lookup.down,
    name: '20261122_052041_caller_lookup',
  },
  {
    up: migration_20261122_053900_inbound_channels.up,
    down: migration_20261122_053900_inbound_channels.down,
    name: '20261122_053900_inbound_channels',
  },
  {
    up: migration_20261122_054921_person_list_order.up,
    down: migration_20261122_054921_person_list_order.down,
    name: '20261122_054921_person_list_order',
  },
  {
    up: migration_20261122_084147_duplicates_list_order.up,
    down: migration_20261122_084147_duplicates_list_order.down,
    name: '20261122_084147_duplicates_list_order',
  },
  {
    up: migration_20261206_023109_issue16_trust.up,
    down: migration_20261206_023109_issue16_trust.down,
    name: '20261206_023109_issue16_trust',
  },
  {
    up: migration_20261206_105139_i18_residents_door.up,
    down: migration_20261206_105139_i18_residents_door.down,
    name: '20261206_105139_i18_residents_door',
  },
  {
    up: migration_20261206_125224_i18_follow.up,
    down: migration_20261206_125224_i18_follow.down,
    name: '20261206_125224_i18_follow',
  },
  {
    up: migration_20261206_153503_i19_applications.up,
    down: migration_20261206_153503_i19_applications.down,
    name: '20261206_153503_i19_applications',
  },
  {
    up: migration_20261206_165424_i19_forms_reuse_bundles_appointments.up,
    down: migration_20261206_165424_i19_forms_reuse_bundles_appointments.down,
    name: '20261206_165424_i19_forms_reuse_bundles_appointments',
  },
  {
    up: migration_20261206_183644_i20_open311.up,
    down: migration_20261206_183644_i20_open311.down,
    name: '20261206_183644_i20_open311',
  },
  {
    up: migration_20261206_190755_i19_appts.up,
    down: migration_20261206_190755_i19_appts.down,
    name: '20261206_190755_i19_appts',
  },
  {
    up: migration_20261206_230233_i20_demands_dispatch_knowledge_public.up,
    down: migration_20261206_230233_i20_demands_dispatch_knowledge_public.down,
    name: '20261206_230233_i20_demands_dispatch_knowledge_public',
  },
  {
    up: migration_20261207_033237_i20_guide_comment_demands.up,
    down: migration_20261207_033237_i20_guide_comment_demands.down,
    name: '20261207_033237_i20_guide_comment_demands',
  },
  {
    up: migration_20261207_070908_i21_life_services.up,
    down: migration_20261207_070908_i21_life_services.down,
    name: '20261207_070908_i21_life_services',
  },
  {
    up: migration_20261207_105503_i22_community_boards.up,
    down: migration_20261207_105503_i22_community_boards.down,
    name: '20261207_105503_i22_community_boards'
  },
];
