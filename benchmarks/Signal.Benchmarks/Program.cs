using BenchmarkDotNet.Running;
using HepSense.Signal.Benchmarks;

// dotnet run -c Release --project benchmarks/Signal.Benchmarks -- --filter '*' --job short
// (the detector: --filter '*RepDetector*'; its single stages: --filter '*Stage*')
// Thread CPU time instead, for a loaded machine: -- --cpu uci-pt/s1-e1-test.csv 50 12 [Name=Value ...] (CpuTime)
if (args is ["--cpu", ..]) CpuTime.Run(args);
else BenchmarkSwitcher.FromAssembly(typeof(RepDetectorBenchmark).Assembly).Run(args);
