/** Test data: the same fictional exchanges training mode shows. */
export { bolig, fullRoutine, kandidat, mote, profil } from '../../src/main/training/scenarios';
