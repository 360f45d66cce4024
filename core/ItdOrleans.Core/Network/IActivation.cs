namespace ItdOrleans.Core.Network;

/// <summary>A hidden-layer nonlinearity whose derivative is expressed through its output.</summary>
internal interface IActivation
{
    /// <summary>The name specifications use: tanh, sigmoid or relu.</summary>
    string Name { get; }

    /// <summary>x (n) = f(x), in place.</summary>
    void Apply(Span<float> x);

    /// <summary>d (n) *= f'(a) where h (n) = f(a), the layer's output.</summary>
    void MultiplyByDerivative(ReadOnlySpan<float> h, Span<float> d);
}
