import { labWorld } from '../../sim/worlds/lab';
import { hostFile, isState } from '../checks';
import { click, defineLesson } from '../define';

const SAVE_FILE = '/root/web01.save';

export const suspendVsSave = defineLesson({
  id: 'suspend-vs-save',
  title: 'Suspend vs save: memory kept in RAM or written to a file',
  concept:
    "Pausing a domain (suspend/resume) keeps its memory allocated in the host's RAM; saving it (save/restore) writes the memory to a file and frees the RAM",
  summary: 'Pause web01 and resume it, then save it to a file — which stops it — and bring it back with virsh restore.',
  host: 'kvm1',
  world: labWorld,
  steps: [
    {
      id: 'suspend',
      title: 'Pause web01',
      instruction:
        "`virsh suspend` stops scheduling web01's vCPUs. The domain stays **active** — it keeps its Id and all of its memory in the host's RAM — but runs no code: state **paused**, reason **user**.",
      do: click('kvm1', 'suspend', 'web01', undefined, { xm: 'xm pause web01', xl: 'xl pause web01' }),
      check: (w) => isState(w, 'kvm1', 'web01', 'paused', 'user'),
      hint: "virsh calls the pause by a name xm uses for something else; xm's pause is `xm pause`.",
    },
    {
      id: 'resume',
      title: 'Resume it',
      instruction:
        '`virsh resume` schedules it again, exactly where it stopped: state **running**, reason **unpaused**. Nothing was written anywhere.',
      do: click('kvm1', 'resume', 'web01', undefined, { xm: 'xm unpause web01', xl: 'xl unpause web01' }),
      check: (w) => isState(w, 'kvm1', 'web01', 'running', 'unpaused'),
      hint: 'The opposite of the previous step.',
    },
    {
      id: 'save',
      title: 'Save it to a file',
      instruction: `\`virsh save\` writes web01's memory and device state to a file and stops the domain: state **shut off**, reason **saved**. Its RAM goes back to the host. Save it to \`${SAVE_FILE}\`.`,
      do: click(
        'kvm1',
        'save',
        'web01',
        { file: SAVE_FILE },
        { xm: `xm save web01 ${SAVE_FILE}`, xl: `xl save web01 ${SAVE_FILE}` },
      ),
      check: (w) => isState(w, 'kvm1', 'web01', 'shut off', 'saved') && hostFile(w, 'kvm1', SAVE_FILE) !== undefined,
      hint: 'The subcommand takes the domain, then the file to write.',
    },
    {
      id: 'restore',
      title: 'Restore it from the file',
      instruction:
        '`virsh restore` reads the file back into memory and the guest continues where it was saved: state **running**, reason **restored**. Restore names the file, not the domain — the file says which domain it holds.',
      do: click(
        'kvm1',
        'restore',
        'web01',
        { file: SAVE_FILE },
        { xm: `xm restore ${SAVE_FILE}`, xl: `xl restore ${SAVE_FILE}` },
      ),
      check: (w) => isState(w, 'kvm1', 'web01', 'running', 'restored'),
      hint: 'The opposite of save names only the file.',
    },
  ],
  goalText: 'web01 is running again, restored from the save file.',
  goal: (w) => isState(w, 'kvm1', 'web01', 'running', 'restored'),
  hints: [
    'A paused domain still uses its RAM; a saved one uses only disk.',
    'A saved domain survives a host reboot (the file is on disk); a paused one does not.',
  ],
  glossary: ['suspend-resume', 'save-restore', 'domain-state'],
  pages: ['/', '/console'],
});
