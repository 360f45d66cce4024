using ItdOrleans.Client;

using var interrupt = new ConsoleInterrupt();
return await ItdApp.RunAsync(args, Terminal.FromConsole(), interrupt.Token);
