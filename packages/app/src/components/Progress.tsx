/** A progress bar (0 to 100 %) named by `label`. */
export function ProgressBar({label, percent}: {label: string; percent: number}) {
  return (
    <div
      className="progress"
      role="progressbar"
      aria-label={label}
      aria-valuemin={0}
      aria-valuemax={100}
      aria-valuenow={percent}
    >
      <div style={{width: `${percent}%`}} />
    </div>
  );
}
