using ItdOrleans.Core.Data;
using Xunit.Abstractions;
using Xunit.Sdk;

namespace ItdOrleans.Core.Tests.Data;

/// <summary>The real digits, loaded once per process for the tests that read them; says which they are.</summary>
public sealed class RealDigitsFixture
{
    public RealDigitsFixture(IMessageSink log)
    {
        log.OnMessage(new DiagnosticMessage(Digits.ToString()));
        Splits = SharedDatasets.Get(Digits.Name, new DatasetOptions { Directory = Digits.Directory });
    }

    internal RealDigits Digits { get; } = RealDigits.Current;

    public DatasetSplits Splits { get; }
}
