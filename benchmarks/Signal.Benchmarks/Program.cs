using BenchmarkDotNet.Running;

// dotnet run -c Release --project benchmarks/Signal.Benchmarks -- --filter '*' --job short
BenchmarkSwitcher.FromAssembly(typeof(HepSense.Signal.Benchmarks.RepDetectorBenchmark).Assembly).Run(args);
