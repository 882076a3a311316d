using Grpc.Core;
using HepSense.Contracts.Api;
using HepSense.Contracts.Band;
using HepSense.Grains.Clinical;
using MQTTnet;
using MQTTnet.Protocol;
using static HepSense.EndToEnd.Tests.Clinical;

namespace HepSense.EndToEnd.Tests;

/// <summary>A session still missing when its window closes: the band gets a haptic reminder on its command topic, the live stream a line.</summary>
public sealed class ReminderEndToEndTests
{
    private static readonly TimeZoneInfo Berlin = LocalTime.Zone("Europe/Berlin");
    private static readonly DateOnly Monday = new(2026, 3, 2);

    [Fact]
    public async Task A_missed_session_is_reminded_on_the_bands_command_topic_and_the_live_stream()
    {
        // Three seconds before the day's only window (06:00-22:00) closes; the grain's timer is armed for 22:00.
        var clock = new TestClock(LocalTime.At(Monday, new TimeOnly(21, 59, 57), Berlin));
        var node = new NodeFixture { Clock = clock };
        await node.InitializeAsync();
        try
        {
            await new ClinicService.ClinicServiceClient(node.Channel).CreateClinicAsync(new CreateClinicRequest { ClinicId = "rem", Name = "Reminders" });
            await new ClinicService.ClinicServiceClient(node.Channel).AddPatientAsync(new AddPatientRequest { ClinicId = "rem", PatientId = "rosa", TimeZone = "Europe/Berlin" });
            var band = await new DeviceService.DeviceServiceClient(node.Channel).ProvisionDeviceAsync(new ProvisionDeviceRequest { DeviceId = "rosa-band", PatientId = "rosa" });

            using var mqtt = new MqttClientFactory().CreateMqttClient();
            var command = new TaskCompletionSource<DeviceCommand>(TaskCreationOptions.RunContinuationsAsynchronously);
            mqtt.ApplicationMessageReceivedAsync += e =>
            {
                command.TrySetResult(DeviceCommand.Parser.ParseFrom(e.ApplicationMessage.Payload));
                return Task.CompletedTask;
            };
            await mqtt.ConnectAsync(new MqttClientOptionsBuilder().WithTcpServer("127.0.0.1", node.MqttPort)
                .WithCredentials("rosa-band", band.Secret).WithClientId("rosa-band-test").Build());
            await mqtt.SubscribeAsync("hepsense/v1/rosa-band/cmd", MqttQualityOfServiceLevel.AtLeastOnce);

            using var watch = new PatientService.PatientServiceClient(node.Channel).Watch(new WatchRequest { PatientId = "rosa" });
            var reminderLine = FirstReminder(watch);

            await new ProgramService.ProgramServiceClient(node.Channel).SetProgramAsync(new SetProgramRequest { PatientId = "rosa", Program = Daily(Monday, Knee) });
            clock.Now = LocalTime.At(Monday, new TimeOnly(22, 0, 10), Berlin);

            // Bounds against hanging, not speed: the timer fires about four seconds after the program was set.
            var got = await command.Task.WaitAsync(TimeSpan.FromSeconds(60));
            Assert.Equal(3u, got.Reminder.Pulses);
            Assert.Equal("Session 1 of 2026-03-02 is still to do: knee-extension-seated", got.Reminder.Message);
            Assert.Equal(got.Reminder.Message, await reminderLine.WaitAsync(TimeSpan.FromSeconds(60)));
            await mqtt.DisconnectAsync();
        }
        finally
        {
            await node.DisposeAsync();
        }
    }

    private static async Task<string> FirstReminder(AsyncServerStreamingCall<PatientEvent> call)
    {
        await foreach (var e in call.ResponseStream.ReadAllAsync())
            if (e.KindCase == PatientEvent.KindOneofCase.Reminder) return e.Reminder;
        throw new InvalidOperationException("the watch ended without a reminder");
    }
}
