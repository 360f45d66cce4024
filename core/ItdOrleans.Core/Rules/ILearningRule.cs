using ItdOrleans.Core.Network;

namespace ItdOrleans.Core.Rules;

/// <summary>
/// A learning rule: how the output error of one iteration becomes the weight and bias
/// gradients of every layer.
/// </summary>
internal interface ILearningRule
{
    /// <summary>The name specifications use.</summary>
    string Name { get; }

    /// <summary>The fixed random feedback matrices the rule needs.</summary>
    FeedbackKind Feedback { get; }

    /// <summary>
    /// Fills the gradient buffers from the output error, after a forward pass of the input and
    /// before any weight changes.
    /// </summary>
    void Backward(Mlp network, FeedbackMatrices feedback, MinibatchInput input, NetworkBuffers buffers);

    /// <summary>Writes whatever the rule carries from one iteration to the next.</summary>
    void WriteState(BinaryWriter writer);

    /// <summary>Reads what <see cref="WriteState"/> wrote.</summary>
    void ReadState(BinaryReader reader);
}
