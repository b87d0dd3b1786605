// Handbook files for the fuzz tests: one small but complete valid handbook.yaml to start from.
import { firstVersionYaml, systemYaml } from '../../support/handbook-yaml.ts';

/** A small but complete handbook: system, version log, a phase list, roles, tasks, a transition and a wave. */
export const VALID = `# Fuzz-håndbog
${systemYaml('description: Et system til test.')}${firstVersionYaml()}placeholders:
  kontaktperson: Mette Jensen
phases:
  - id: opstart
    name: Opstart
    starts: 6 måneder før go-live
    duration: 2 måneder
  - id: drift
    name: Drift
    starts: på go-live-dagen
    duration: 6 uger
roles:
  - id: projektleder
    name: Projektleder
    party: kommune
    description: Leder projektet.
    responsibilities:
      - Lægger planen
tasks:
  - id: udpeg-projektleder
    title: Udpeg projektleder
    phase: opstart
    theme: projektstyring
    responsible: projektleder
    performers: [ projektleder ]
    type: kritisk
    deadline: 20 uger før go-live
transitions:
  - from: opstart
    to: drift
    checkpoints:
      - title: Projektleder er udpeget
        type: tjekpunkt
waves:
  - id: pilot
    name: Pilotbølge
    kind: pilot
    goLive: 2027-03-01
    municipalities: [ Aarhus, Vejle ]
`;
