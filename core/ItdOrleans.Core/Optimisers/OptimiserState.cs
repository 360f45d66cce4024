using ItdOrleans.Core.Training;

namespace ItdOrleans.Core.Optimisers;

/// <summary>Reads and writes the per-slot arrays an optimiser keeps.</summary>
internal static class OptimiserState
{
    /// <summary>Writes each slot's array with its length.</summary>
    public static void Write(BinaryWriter writer, float[][] arrays) =>
        TrainingStateFormat.WriteMatrices(writer, arrays);

    /// <summary>Reads arrays written by <see cref="Write"/> into arrays of the same lengths.</summary>
    public static void Read(BinaryReader reader, float[][] arrays) =>
        TrainingStateFormat.ReadMatrices(reader, arrays, "optimiser slots");

    /// <summary>One zeroed array per slot size.</summary>
    public static float[][] Zeros(IReadOnlyList<int> slotSizes)
    {
        var arrays = new float[slotSizes.Count][];
        for (var i = 0; i < arrays.Length; i++)
        {
            arrays[i] = new float[slotSizes[i]];
        }

        return arrays;
    }
}
