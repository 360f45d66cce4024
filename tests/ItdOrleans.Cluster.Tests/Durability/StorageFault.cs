namespace ItdOrleans.Cluster.Tests.Durability;

/// <summary>What <see cref="FlakyStorage"/> does wrong with the writes of a grain.</summary>
internal enum StorageFault
{
    /// <summary>The first write fails without reaching storage.</summary>
    Unwritten,

    /// <summary>The second write reaches storage, but its reply is lost: the writer hears of a failure.</summary>
    LostReply,

    /// <summary>Just before the third write, another activation writes the stored state again.</summary>
    OtherWriter,
}
