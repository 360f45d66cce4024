using ItdOrleans.Client;

using var interrupt = new ConsoleInterrupt();
var exitCode = await ItdApp.RunAsync(args, Terminal.FromConsole(), interrupt.Token);

// A command knows it was interrupted, not by which signal; the exit code says which.
return exitCode == ExitCodes.Interrupted ? interrupt.ExitCode : exitCode;
