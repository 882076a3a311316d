using HepSense.Grains.Telemetry;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;

namespace HepSense.Grains.Tests;

public sealed class InfluxOptionsTests
{
    private static InfluxOptions Bind(Dictionary<string, string?> values)
    {
        var configuration = new ConfigurationBuilder().AddInMemoryCollection(values).Build();
        using var services = new ServiceCollection().AddLogging().AddHepSenseTelemetry(configuration).BuildServiceProvider();
        return services.GetRequiredService<IOptions<InfluxOptions>>().Value;
    }

    [Fact]
    public void Defaults_are_the_documented_ones()
    {
        var options = Bind([]);
        Assert.Equal(new Uri("http://127.0.0.1:8086"), options.Url);
        Assert.Equal("hepsense", options.Database);
        Assert.Equal(RawSampleMode.All, options.RawSamples);
    }

    [Fact]
    public void Settings_bind_from_HepSense_Influx()
    {
        var options = Bind(new()
        {
            ["HepSense:Influx:Url"] = "http://127.0.0.2:9999",
            ["HepSense:Influx:Database"] = "clinic_a",
            ["HepSense:Influx:RawSamples"] = "decimated",
        });
        Assert.Equal(new Uri("http://127.0.0.2:9999"), options.Url);
        Assert.Equal("clinic_a", options.Database);
        Assert.Equal(RawSampleMode.Decimated, options.RawSamples);
    }

    [Fact]
    public void A_bad_setting_fails_clearly()
    {
        Assert.ThrowsAny<InvalidOperationException>(() => Bind(new() { ["HepSense:Influx:RawSamples"] = "sometimes" }));
        Assert.Throws<OptionsValidationException>(() => Bind(new() { ["HepSense:Influx:BatchLines"] = "0" }));
    }
}
