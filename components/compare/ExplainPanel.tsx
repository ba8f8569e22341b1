/** What the learner sees, in the study guide's words, and the libvirt flag that shares the name. */
export function ExplainPanel() {
  return (
    <section
      aria-labelledby="explain-title"
      className="rounded-lg border border-line bg-panel p-4 text-sm leading-relaxed"
    >
      <h2 id="explain-title" className="mb-2 text-base font-semibold">
        What you are looking at
      </h2>
      <dl className="flex flex-col gap-3">
        <div>
          <dt className="font-medium">Offline: pause, copy once, resume</dt>
          <dd className="text-muted">
            <code>xm migrate</code>, or <code>virsh migrate</code> without <code>--live</code>: the guest is paused on
            the source, all its memory is copied once, and it resumes on the target. The downtime is the whole transfer,
            memory ÷ bandwidth.
          </dd>
        </div>
        <div>
          <dt className="font-medium">Live: copy while it runs, then copy the difference</dt>
          <dd className="text-muted">
            <code>--live</code>: round 1 copies all memory while the guest keeps running; each later round re-copies the
            pages it dirtied meanwhile. When a rule says stop, the guest is paused and the rest is sent (stop-and-copy):
            that short pause is the downtime. Live sends more data and takes longer, but the guest hardly stops.
          </dd>
        </div>
        <div>
          <dt className="font-medium">When live pre-copy stops</dt>
          <dd className="text-muted">
            QEMU/KVM: once what is left copies within the downtime limit (300 ms unless{' '}
            <code>virsh migrate-setmaxdowntime</code> changes it). A guest that dirties memory as fast as the link sends
            it never gets there, unless auto-converge slows it down. Xen: after a round of fewer than 50 pages, after 29
            live rounds, or once 3 × memory has been sent; it always ends, but a forced stop can pause the guest for
            long.
          </dd>
        </div>
        <div>
          <dt className="font-medium">
            libvirt&apos;s <code>--offline</code> is something else
          </dt>
          <dd className="text-muted">
            <code>virsh migrate --offline --persistent</code> moves only the domain&apos;s persistent definition. It
            needs <code>--persistent</code>, copies no memory and does not touch the running guest: the third lane.
          </dd>
        </div>
      </dl>
    </section>
  );
}
