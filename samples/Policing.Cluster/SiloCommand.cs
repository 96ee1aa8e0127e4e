using System.CommandLine;
using System.Net;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;

namespace Policing.Cluster;

/// <summary>The <c>silo</c> verb: one silo of a localhost cluster, hosting the shuffle shards.</summary>
internal static class SiloCommand
{
    /// <summary>What a silo prints once it has joined the cluster, for a parent that waits for it.</summary>
    internal const string Ready = "silo ready";

    internal static Command Create()
    {
        var port = new Option<int>("--port") { Description = "The silo-to-silo port.", DefaultValueFactory = _ => 11111 };
        var gateway = new Option<int>("--gateway") { Description = "The gateway port clients connect to.", DefaultValueFactory = _ => 30000 };
        var primary = new Option<string?>("--primary") { Description = "The primary silo, HOST:PORT; none when this silo is the primary." };
        var stdin = new Option<bool>("--stop-on-stdin-close") { Description = "Stop when standard input closes (used by --silos)." };
        var command = new Command("silo", "Start a silo of a localhost cluster; stop it with Ctrl+C.");
        command.Options.Add(port);
        command.Options.Add(gateway);
        command.Options.Add(primary);
        command.Options.Add(stdin);
        command.SetAction((parse, cancel) => RunAsync(parse.GetValue(port), parse.GetValue(gateway), parse.GetValue(primary), parse.GetValue(stdin), cancel));
        return command;
    }

    private static async Task<int> RunAsync(int port, int gateway, string? primary, bool stopOnStdinClose, CancellationToken cancel)
    {
        IPEndPoint? primaryEndpoint = null;
        if (primary is not null && !TryEndpoint(primary, out primaryEndpoint))
        {
            await Console.Error.WriteLineAsync($"silo: --primary '{primary}' is not HOST:PORT.");
            return 2;
        }

        var builder = Host.CreateApplicationBuilder();
        builder.Logging.SetMinimumLevel(LogLevel.Warning);
        builder.Services.Configure<HostOptions>(o => o.ShutdownTimeout = TimeSpan.FromSeconds(5));
        builder.UseOrleans(silo => silo.UseLocalhostClustering(port, gateway, primaryEndpoint ?? new IPEndPoint(IPAddress.Loopback, port)));
        using var host = builder.Build();
        await host.StartAsync(cancel);
        Console.WriteLine($"{Ready} on port {port}, gateway {gateway}");
        if (stopOnStdinClose)
        {
            await Task.Run(() =>
            {
                while (Console.In.ReadLine() is not null)
                {
                }
            }, cancel);
        }
        else
        {
            await host.WaitForShutdownAsync(cancel);
        }

        await host.StopAsync(CancellationToken.None);
        return 0;
    }

    private static bool TryEndpoint(string text, out IPEndPoint? endpoint)
    {
        endpoint = null;
        var colon = text.LastIndexOf(':');
        if (colon <= 0 || !int.TryParse(text[(colon + 1)..], out var port) || port is < 1 or > 65535)
        {
            return false;
        }

        var host = text[..colon];
        var address = host == "localhost" ? IPAddress.Loopback : IPAddress.TryParse(host, out var parsed) ? parsed : null;
        endpoint = address is null ? null : new IPEndPoint(address, port);
        return endpoint is not null;
    }
}
