using System.Globalization;
using Microsoft.Extensions.Logging;
using MQTTnet.Diagnostics.Logger;

namespace HepSense.Ingest;

/// <summary>
/// Sends MQTTnet's own log to ILogger (category HepSense.Ingest.MqttNet): without it, an error inside the
/// broker's connection loops would be invisible. MQTTnet's "info" is per-connection chatter, so it maps to Debug.
/// </summary>
public sealed class MqttNetLogBridge(ILoggerFactory loggers) : IMqttNetLogger
{
    readonly ILogger _logger = loggers.CreateLogger("HepSense.Ingest.MqttNet");

    public bool IsEnabled => true;

    public void Publish(MqttNetLogLevel level, string source, string message, object[] parameters, Exception exception)
    {
        var mapped = level switch
        {
            MqttNetLogLevel.Error => LogLevel.Error,
            MqttNetLogLevel.Warning => LogLevel.Warning,
            MqttNetLogLevel.Info => LogLevel.Debug,
            _ => LogLevel.Trace,
        };
        if (!_logger.IsEnabled(mapped))
            return;
        var text = parameters is { Length: > 0 } ? Format(message, parameters) : message;
        _logger.Log(mapped, exception, "{Source}: {Message}", source, text);
    }

    static string Format(string message, object[] parameters)
    {
        try
        {
            return string.Format(CultureInfo.InvariantCulture, message, parameters);
        }
        catch (FormatException)
        {
            return message;
        }
    }
}
