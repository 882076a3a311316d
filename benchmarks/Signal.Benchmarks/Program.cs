using BenchmarkDotNet.Running;

// dotnet run -c Release --project benchmarks/Signal.Benchmarks -- --filter '*' --job short
// (the detector: --filter '*RepDetector*'; its single stages: --filter '*Stage*')
BenchmarkSwitcher.FromAssembly(typeof(HepSense.Signal.Benchmarks.RepDetectorBenchmark).Assembly).Run(args);
