using BenchmarkDotNet.Running;

// Run one benchmark class with e.g.: dotnet run -c Release --project benchmarks/Policing.Domain.Benchmarks -- --filter '*ResidentId*'
BenchmarkSwitcher.FromAssembly(typeof(Program).Assembly).Run(args);
