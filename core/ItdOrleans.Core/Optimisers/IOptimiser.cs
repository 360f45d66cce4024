namespace ItdOrleans.Core.Optimisers;

/// <summary>Turns gradients into parameter changes, one parameter array (slot) at a time.</summary>
internal interface IOptimiser
{
    /// <summary>The name specifications use.</summary>
    string Name { get; }

    /// <summary>Called once per iteration before the slots are updated.</summary>
    void BeginStep();

    /// <summary>Changes the parameters of one slot by its gradient.</summary>
    void Update(int slot, Span<float> parameters, ReadOnlySpan<float> gradient);

    void WriteState(BinaryWriter writer);

    void ReadState(BinaryReader reader);
}
