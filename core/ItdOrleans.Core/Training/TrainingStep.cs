using ItdOrleans.Core.Network;
using ItdOrleans.Core.Optimisers;
using ItdOrleans.Core.Rules;

namespace ItdOrleans.Core.Training;

/// <summary>
/// One training iteration on whatever minibatch the input holds: forward pass, loss, the
/// learning rule's gradients, the optimiser's update. Allocates nothing.
/// </summary>
internal sealed class TrainingStep
{
    public TrainingStep(
        Mlp network, FeedbackMatrices feedback, ILearningRule rule, IOptimiser optimiser, int minibatchSize)
    {
        Network = network;
        Feedback = feedback;
        Rule = rule;
        Optimiser = optimiser;
        Input = new MinibatchInput(minibatchSize, network.Sizes[0]);
        Buffers = new NetworkBuffers(network.Sizes, minibatchSize, withGradients: true);
    }

    public Mlp Network { get; }

    public FeedbackMatrices Feedback { get; }

    public ILearningRule Rule { get; }

    public IOptimiser Optimiser { get; }

    public MinibatchInput Input { get; }

    public NetworkBuffers Buffers { get; }

    /// <summary>
    /// Trains on the current input; returns the minibatch's mean loss before the update and
    /// its count of correct predictions. A diverged loss (<see cref="Divergence.IsDivergedLoss"/>)
    /// leaves the network untouched.
    /// </summary>
    public (float Loss, int Correct) Run()
    {
        var rows = Input.Rows;
        var classes = Network.Classes;
        Network.Forward(Input, Buffers);
        var (lossSum, correct) = SoftmaxCrossEntropy.Evaluate(
            Buffers.Logits.AsSpan(0, rows * classes), classes, Input.Labels, Buffers.OutputError);
        var loss = (float)(lossSum / rows);
        if (Divergence.IsDivergedLoss(loss))
        {
            return (loss, correct);
        }

        Rule.Backward(Network, Feedback, Input, Buffers);
        Optimiser.BeginStep();
        for (var l = 0; l < Network.LayerCount; l++)
        {
            Optimiser.Update(2 * l, Network.Weights[l], Buffers.WeightGradients[l]);
            Optimiser.Update(2 * l + 1, Network.Biases[l], Buffers.BiasGradients[l]);
        }

        return (loss, correct);
    }

    /// <summary>The sizes of the parameter slots in update order: W[0], b[0], W[1], b[1], ...</summary>
    public static int[] SlotSizes(int[] sizes)
    {
        var slots = new int[2 * (sizes.Length - 1)];
        for (var l = 0; l < sizes.Length - 1; l++)
        {
            slots[2 * l] = sizes[l] * sizes[l + 1];
            slots[2 * l + 1] = sizes[l + 1];
        }

        return slots;
    }
}
