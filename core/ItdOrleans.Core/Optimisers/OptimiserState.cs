namespace ItdOrleans.Core.Optimisers;

/// <summary>Reads and writes the per-slot arrays an optimiser keeps.</summary>
internal static class OptimiserState
{
    /// <summary>Writes each array with its length.</summary>
    public static void Write(BinaryWriter writer, float[][] arrays)
    {
        foreach (var array in arrays)
        {
            writer.Write(array.Length);
            foreach (var value in array)
            {
                writer.Write(value);
            }
        }
    }

    /// <summary>Reads arrays written by <see cref="Write"/> into arrays of the same lengths.</summary>
    public static void Read(BinaryReader reader, float[][] arrays)
    {
        foreach (var array in arrays)
        {
            var length = reader.ReadInt32();
            if (length != array.Length)
            {
                throw new InvalidDataException($"optimiser slot of {length} values, expected {array.Length}");
            }

            for (var i = 0; i < length; i++)
            {
                array[i] = reader.ReadSingle();
            }
        }
    }

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
