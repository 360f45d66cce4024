using ItdOrleans.Client;

using var interrupt = new ConsoleInterrupt();
return await ItdApp.Create(Terminal.FromConsole()).RunAsync(args, interrupt.Token);
