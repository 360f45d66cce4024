using System.Text;
using ItdOrleans.Core.Data;

namespace ItdOrleans.Core.Training;

/// <summary>
/// The framing of a saved training state: a magic tag, a format version, the payload length,
/// the payload, and an FNV-1a checksum of the payload; plus the pieces every payload holds.
/// </summary>
internal static class TrainingStateFormat
{
    private const int Version = 2;
    private const ulong FnvOffset = 14695981039346656037UL;
    private const ulong FnvPrime = 1099511628211UL;
    private static readonly byte[] Magic = "ITDTRAIN"u8.ToArray();

    /// <summary>Frames a payload written by <paramref name="writePayload"/>.</summary>
    public static byte[] Frame(Action<BinaryWriter> writePayload)
    {
        using var payload = new MemoryStream();
        using (var writer = new BinaryWriter(payload, Encoding.UTF8, leaveOpen: true))
        {
            writePayload(writer);
        }

        var bytes = payload.ToArray();
        using var framed = new MemoryStream(bytes.Length + 32);
        using var frameWriter = new BinaryWriter(framed);
        frameWriter.Write(Magic);
        frameWriter.Write(Version);
        frameWriter.Write(bytes.Length);
        frameWriter.Write(bytes);
        frameWriter.Write(Checksum(bytes));
        frameWriter.Flush();
        return framed.ToArray();
    }

    /// <summary>The payload of framed bytes, after checking tag, version, length and checksum.</summary>
    public static byte[] Unframe(ReadOnlySpan<byte> state)
    {
        var header = Magic.Length + 8;
        if (state.Length < header + 8 || !state[..Magic.Length].SequenceEqual(Magic))
        {
            throw new InvalidDataException("not a saved training state (missing the ITDTRAIN tag)");
        }

        var version = BitConverter.ToInt32(state.Slice(Magic.Length, 4));
        if (version != Version)
        {
            throw new InvalidDataException($"training state format version {version}; this build reads {Version}");
        }

        var length = BitConverter.ToInt32(state.Slice(Magic.Length + 4, 4));
        if (length < 0 || state.Length != header + length + 8)
        {
            throw new InvalidDataException(
                $"training state is {state.Length} bytes but its header announces a {length}-byte payload");
        }

        var payload = state.Slice(header, length);
        if (BitConverter.ToUInt64(state[(header + length)..]) != Checksum(payload))
        {
            throw new InvalidDataException("training state is corrupt: its checksum does not match");
        }

        return payload.ToArray();
    }

    public static void WriteSpec(BinaryWriter writer, TrainingSpec spec)
    {
        writer.Write(spec.Rule);
        writer.Write(spec.Dataset);
        writer.Write(spec.Activation);
        writer.Write(spec.HiddenWidth);
        writer.Write(spec.HiddenLayers);
        writer.Write(spec.Initialisation);
        writer.Write(spec.Optimiser);
        writer.Write(spec.LearningRate);
        writer.Write(spec.Momentum);
        writer.Write(spec.Beta2);
        writer.Write(spec.MinibatchSize);
        writer.Write(spec.Iterations);
        writer.Write(spec.EvaluationInterval);
        writer.Write(spec.EpochShuffling);
        writer.Write((int)spec.Centring);
        writer.Write(spec.Seed);
    }

    public static TrainingSpec ReadSpec(BinaryReader reader) => new()
    {
        Rule = reader.ReadString(),
        Dataset = reader.ReadString(),
        Activation = reader.ReadString(),
        HiddenWidth = reader.ReadInt32(),
        HiddenLayers = reader.ReadInt32(),
        Initialisation = reader.ReadString(),
        Optimiser = reader.ReadString(),
        LearningRate = reader.ReadDouble(),
        Momentum = reader.ReadDouble(),
        Beta2 = reader.ReadDouble(),
        MinibatchSize = reader.ReadInt32(),
        Iterations = reader.ReadInt32(),
        EvaluationInterval = reader.ReadInt32(),
        EpochShuffling = reader.ReadBoolean(),
        Centring = (Centring)reader.ReadInt32(),
        Seed = reader.ReadInt32(),
    };

    public static void WriteMatrices(BinaryWriter writer, float[][] matrices)
    {
        writer.Write(matrices.Length);
        foreach (var matrix in matrices)
        {
            writer.Write(matrix.Length);
            foreach (var value in matrix)
            {
                writer.Write(value);
            }
        }
    }

    /// <summary>Reads matrices into existing ones of the same shapes.</summary>
    public static void ReadMatrices(BinaryReader reader, float[][] matrices, string what)
    {
        var count = reader.ReadInt32();
        if (count != matrices.Length)
        {
            throw new InvalidDataException($"{count} {what} in the training state, expected {matrices.Length}");
        }

        foreach (var matrix in matrices)
        {
            var length = reader.ReadInt32();
            if (length != matrix.Length)
            {
                throw new InvalidDataException($"one of the {what} has {length} values, expected {matrix.Length}");
            }

            for (var i = 0; i < length; i++)
            {
                matrix[i] = reader.ReadSingle();
            }
        }
    }

    public static void WriteCurve(BinaryWriter writer, IReadOnlyList<CurvePoint> curve)
    {
        writer.Write(curve.Count);
        foreach (var point in curve)
        {
            writer.Write(point.Iteration);
            writer.Write(point.TrainLoss);
            writer.Write(point.TrainAccuracy);
            writer.Write(point.ValidationLoss);
            writer.Write(point.ValidationAccuracy);
            writer.Write(point.TestLoss);
            writer.Write(point.TestAccuracy);
        }
    }

    public static List<CurvePoint> ReadCurve(BinaryReader reader)
    {
        var count = reader.ReadInt32();
        if (count < 0)
        {
            throw new InvalidDataException($"learning curve of {count} points");
        }

        var curve = new List<CurvePoint>(count);
        for (var i = 0; i < count; i++)
        {
            curve.Add(new CurvePoint(
                reader.ReadInt32(), reader.ReadSingle(), reader.ReadSingle(), reader.ReadSingle(),
                reader.ReadSingle(), reader.ReadSingle(), reader.ReadSingle()));
        }

        return curve;
    }

    private static ulong Checksum(ReadOnlySpan<byte> bytes)
    {
        var hash = FnvOffset;
        foreach (var b in bytes)
        {
            hash = (hash ^ b) * FnvPrime;
        }

        return hash;
    }
}
