namespace ItdOrleans.Client;

/// <summary>
/// Turns the first Ctrl+C into a cancellation the commands can act on; a second one ends the
/// process as usual.
/// </summary>
public sealed class ConsoleInterrupt : IDisposable
{
    private readonly CancellationTokenSource _source = new();

    public ConsoleInterrupt() => Console.CancelKeyPress += OnCancelKeyPress;

    public CancellationToken Token => _source.Token;

    public void Dispose()
    {
        Console.CancelKeyPress -= OnCancelKeyPress;
        _source.Dispose();
    }

    private void OnCancelKeyPress(object? sender, ConsoleCancelEventArgs args)
    {
        if (!_source.IsCancellationRequested)
        {
            args.Cancel = true;
            _source.Cancel();
        }
    }
}
