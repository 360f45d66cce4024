namespace ItdOrleans.Core.Training;

/// <summary>
/// Chooses each iteration's training images: a fresh random minibatch of distinct images each
/// time (images recur across iterations), or consecutive slices of a shuffled pass.
/// </summary>
internal sealed class MinibatchSampler
{
    private readonly int _count;
    private readonly int _size;
    private readonly RandomStream _random;
    private readonly int[] _order;
    private readonly bool[] _taken;
    private (ulong, ulong, ulong, ulong) _passStart;
    private int _position;

    public MinibatchSampler(int count, int size, bool shuffling, RandomStream random)
    {
        _count = count;
        _size = size;
        _random = random;
        _order = shuffling ? new int[count] : [];
        _taken = shuffling ? [] : new bool[count];
        _position = count;
    }

    private bool Shuffling => _order.Length > 0;

    /// <summary>Fills <paramref name="picked"/> (minibatch size) with image indices.</summary>
    public void Next(Span<int> picked)
    {
        if (Shuffling)
        {
            if (_position + _size > _count)
            {
                Shuffle();
            }

            _order.AsSpan(_position, _size).CopyTo(picked);
            _position += _size;
            return;
        }

        for (var i = 0; i < _size; i++)
        {
            picked[i] = DrawUnused();
        }

        foreach (var image in picked[.._size])
        {
            _taken[image] = false;
        }
    }

    public void WriteState(BinaryWriter writer)
    {
        WriteRandomState(writer, _random.State);
        WriteRandomState(writer, _passStart);
        writer.Write(_position);
    }

    public void ReadState(BinaryReader reader)
    {
        var current = ReadRandomState(reader);
        _passStart = ReadRandomState(reader);
        var position = reader.ReadInt32();
        if (Shuffling && position < _count)
        {
            _random.State = _passStart;
            Shuffle();
            if (_random.State != current)
            {
                throw new InvalidDataException("the shuffled pass does not reproduce from its saved start");
            }
        }

        _random.State = current;
        _position = position;
    }

    // Draws until an image not yet in this minibatch comes up, and marks it taken.
    private int DrawUnused()
    {
        while (true)
        {
            var candidate = _random.NextInt(_count);
            if (!_taken[candidate])
            {
                _taken[candidate] = true;
                return candidate;
            }
        }
    }

    private void Shuffle()
    {
        _passStart = _random.State;
        for (var i = 0; i < _count; i++)
        {
            _order[i] = i;
        }

        for (var i = _count - 1; i > 0; i--)
        {
            var j = _random.NextInt(i + 1);
            (_order[i], _order[j]) = (_order[j], _order[i]);
        }

        _position = 0;
    }

    private static void WriteRandomState(BinaryWriter writer, (ulong, ulong, ulong, ulong) state)
    {
        writer.Write(state.Item1);
        writer.Write(state.Item2);
        writer.Write(state.Item3);
        writer.Write(state.Item4);
    }

    private static (ulong, ulong, ulong, ulong) ReadRandomState(BinaryReader reader) =>
        (reader.ReadUInt64(), reader.ReadUInt64(), reader.ReadUInt64(), reader.ReadUInt64());
}
