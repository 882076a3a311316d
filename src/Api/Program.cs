// A HepSense node: Orleans silo, embedded MQTT broker, InfluxDB writer and gRPC, in one process.
await HepSense.Api.Node.Build(args).RunAsync();
