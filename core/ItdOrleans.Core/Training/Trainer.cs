using System.Text;
using ItdOrleans.Core.Data;
using ItdOrleans.Core.Network;
using ItdOrleans.Core.Optimisers;
using ItdOrleans.Core.Rules;

namespace ItdOrleans.Core.Training;

/// <summary>
/// Trains one network under one specification, a slice of iterations at a time, and saves
/// and restores its full state so that a run can move between processes.
/// </summary>
/// <remarks>
/// A run is single-threaded and uses only fixed-order IEEE arithmetic, so equal specifications
/// give bit-identical runs on any machine, and a restored run continues exactly as if it had
/// never stopped. The dataset is shared read-only.
/// </remarks>
public sealed class Trainer
{
    private const ulong WeightStream = 1;
    private const ulong FeedbackStream = 2;
    private const ulong MinibatchStream = 3;

    private readonly DatasetSplits _data;
    private readonly TrainingStep _step;
    private readonly MinibatchSampler _sampler;
    private readonly Evaluator _evaluator;
    private List<CurvePoint> _curve = [];

    private Trainer(TrainingSpec spec, DatasetSplits data)
    {
        TrainingSpecValidation.Validate(spec, data);
        Spec = spec;
        _data = data;

        var sizes = NetworkSizes(spec, data);
        var activation = Activations.Create(spec.Activation);
        var network = Mlp.Create(sizes, activation, spec.Initialisation, RandomStream.Create(spec.Seed, WeightStream));
        var rule = LearningRules.Create(spec.Rule, sizes, spec.MinibatchSize);
        var feedback = FeedbackMatrices.Create(
            sizes, rule.Feedback, spec.Initialisation, RandomStream.Create(spec.Seed, FeedbackStream));
        var optimiser = Optimisers.OptimiserRegistry.Create(
            spec.Optimiser,
            new OptimiserSettings(spec.LearningRate, spec.Momentum, spec.Beta2, TrainingStep.SlotSizes(sizes)));

        _step = new TrainingStep(network, feedback, rule, optimiser, spec.MinibatchSize);
        _sampler = new MinibatchSampler(
            data.Train.Count, spec.MinibatchSize, spec.EpochShuffling, RandomStream.Create(spec.Seed, MinibatchStream));
        _evaluator = new Evaluator(network);
        Status = spec.Iterations == 0 ? TrainingStatus.Finished : TrainingStatus.Running;
    }

    /// <summary>Starts a fresh run.</summary>
    public static Trainer Create(TrainingSpec spec, DatasetSplits data) => new(spec, data);

    /// <summary>Resumes a run from <see cref="SaveState"/>'s bytes.</summary>
    /// <exception cref="InvalidDataException">The bytes are not an intact state of this format and dataset.</exception>
    public static Trainer Restore(ReadOnlySpan<byte> state, DatasetSplits data)
    {
        var payload = TrainingStateFormat.Unframe(state);
        using var reader = new BinaryReader(new MemoryStream(payload), Encoding.UTF8);
        try
        {
            var spec = TrainingStateFormat.ReadSpec(reader);
            var trainer = new Trainer(spec, data);
            trainer.ReadState(reader);
            if (reader.BaseStream.Position != payload.Length)
            {
                throw new InvalidDataException("training state has bytes left over after its last field");
            }

            return trainer;
        }
        catch (Exception e) when (e is EndOfStreamException or ArgumentException)
        {
            throw new InvalidDataException($"training state does not fit this build or dataset: {e.Message}", e);
        }
    }

    /// <summary>The specification this run trains.</summary>
    public TrainingSpec Spec { get; }

    /// <summary>The network being trained, for tests that look at its weights.</summary>
    internal Mlp Network => _step.Network;

    /// <summary>Iterations done so far.</summary>
    public int Iteration { get; private set; }

    /// <summary>Whether the run is still going, finished or diverged.</summary>
    public TrainingStatus Status { get; private set; }

    /// <summary>The learning curve so far.</summary>
    public IReadOnlyList<CurvePoint> Curve => _curve;

    /// <summary>
    /// Trains up to <paramref name="iterations"/> more iterations, evaluating on schedule,
    /// stopping early when the run finishes, diverges or is cancelled between iterations.
    /// </summary>
    /// <returns>Iterations actually done.</returns>
    public int Run(int iterations, CancellationToken cancellation = default)
    {
        var done = 0;
        var rows = Spec.MinibatchSize;
        var mean = _data.CentreOf(_data.Train, Spec.Centring);
        while (done < iterations && Status == TrainingStatus.Running && !cancellation.IsCancellationRequested)
        {
            _sampler.Next(_step.Input.Picked[..rows]);
            _step.Input.UsePicked(_data.Train, rows, mean);
            var (loss, correct) = _step.Run();
            if (Divergence.IsDivergedLoss(loss))
            {
                Status = TrainingStatus.Diverged;
                break;
            }

            Iteration++;
            done++;
            if ((Iteration % Spec.EvaluationInterval == 0 || Iteration == Spec.Iterations)
                && !EvaluateOrDiverge(loss, (float)correct / rows))
            {
                break;
            }

            if (Iteration == Spec.Iterations)
            {
                Status = TrainingStatus.Finished;
            }
        }

        return done;
    }

    /// <summary>The full training state as bytes.</summary>
    public byte[] SaveState() => TrainingStateFormat.Frame(WriteState);

    /// <summary>The run's outcome so far.</summary>
    public TrainingResult Result()
    {
        var last = _curve.Count > 0 ? _curve[^1] : null;
        var bestValidation = float.NaN;
        foreach (var point in _curve)
        {
            if (float.IsNaN(bestValidation) || point.ValidationAccuracy > bestValidation)
            {
                bestValidation = point.ValidationAccuracy;
            }
        }

        return new TrainingResult(
            Spec, Status, Iteration, last?.TestAccuracy ?? float.NaN, last?.TestLoss ?? float.NaN,
            bestValidation, _curve.ToArray());
    }

    // Adds a curve point, unless its losses or the network's parameters are no longer finite: then the run diverged.
    private bool EvaluateOrDiverge(float trainLoss, float trainAccuracy)
    {
        var point = Evaluate(trainLoss, trainAccuracy);
        var network = _step.Network;
        if (Divergence.IsDivergedPoint(point) || Divergence.HasNonFiniteParameters(network.Weights, network.Biases))
        {
            Status = TrainingStatus.Diverged;
            return false;
        }

        _curve.Add(point);
        return true;
    }

    private CurvePoint Evaluate(float trainLoss, float trainAccuracy)
    {
        var validation = _evaluator.Evaluate(_data.Validation, _data.CentreOf(_data.Validation, Spec.Centring));
        var test = _evaluator.Evaluate(_data.Test, _data.CentreOf(_data.Test, Spec.Centring));
        return new CurvePoint(
            Iteration, trainLoss, trainAccuracy, validation.Loss, validation.Accuracy, test.Loss, test.Accuracy);
    }

    private static int[] NetworkSizes(TrainingSpec spec, DatasetSplits data)
    {
        var sizes = new int[spec.HiddenLayers + 2];
        sizes[0] = data.Train.Features;
        for (var l = 1; l <= spec.HiddenLayers; l++)
        {
            sizes[l] = spec.HiddenWidth;
        }

        sizes[^1] = data.Classes;
        return sizes;
    }

    private void WriteState(BinaryWriter writer)
    {
        TrainingStateFormat.WriteSpec(writer, Spec);
        writer.Write(_data.Name);
        writer.Write(_data.Fingerprint);
        writer.Write(Iteration);
        writer.Write((int)Status);
        _sampler.WriteState(writer);
        TrainingStateFormat.WriteMatrices(writer, _step.Network.Weights);
        TrainingStateFormat.WriteMatrices(writer, _step.Network.Biases);
        TrainingStateFormat.WriteMatrices(writer, _step.Feedback.Layer);
        TrainingStateFormat.WriteMatrices(writer, _step.Feedback.Direct);
        _step.Optimiser.WriteState(writer);
        _step.Rule.WriteState(writer);
        TrainingStateFormat.WriteCurve(writer, _curve);
    }

    private void ReadState(BinaryReader reader)
    {
        var dataset = reader.ReadString();
        var fingerprint = reader.ReadString();
        if (dataset != _data.Name || fingerprint != _data.Fingerprint)
        {
            // Another copy of the data would splice two different runs into one curve.
            throw new InvalidDataException(
                $"training state was saved on {dataset} with data fingerprint {fingerprint}, "
                + $"not on this {_data.Name}, whose fingerprint is {_data.Fingerprint} ({_data.Source})");
        }

        Iteration = reader.ReadInt32();
        var status = reader.ReadInt32();
        if (!Enum.IsDefined((TrainingStatus)status) || Iteration < 0 || Iteration > Spec.Iterations)
        {
            throw new InvalidDataException($"training state has status {status} at iteration {Iteration}");
        }

        Status = (TrainingStatus)status;
        _sampler.ReadState(reader);
        TrainingStateFormat.ReadMatrices(reader, _step.Network.Weights, "weight matrices");
        TrainingStateFormat.ReadMatrices(reader, _step.Network.Biases, "bias rows");
        TrainingStateFormat.ReadMatrices(reader, _step.Feedback.Layer, "feedback matrices");
        TrainingStateFormat.ReadMatrices(reader, _step.Feedback.Direct, "direct feedback matrices");
        _step.Feedback.RefreshTransposes();
        _step.Optimiser.ReadState(reader);
        _step.Rule.ReadState(reader);
        _curve = TrainingStateFormat.ReadCurve(reader);
    }
}
