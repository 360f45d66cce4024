using Microsoft.Extensions.Options;

namespace ItdOrleans.Grains;

/// <summary>
/// The silo-wide limit on trials training at once, so that a silo never runs more
/// CPU-bound trainers than it has slots for; trials beyond it wait, pending.
/// </summary>
public sealed class TrainingSlots(IOptions<ItdOptions> options) : IDisposable
{
    private readonly SemaphoreSlim _slots = new(
        options.Value.ResolvedTrainingSlots, options.Value.ResolvedTrainingSlots);

    /// <summary>Slots on this silo.</summary>
    public int Count { get; } = options.Value.ResolvedTrainingSlots;

    /// <summary>Waits for a free slot.</summary>
    public Task WaitAsync(CancellationToken cancellation) => _slots.WaitAsync(cancellation);

    /// <summary>Gives a slot back.</summary>
    public void Release() => _slots.Release();

    public void Dispose() => _slots.Dispose();
}
