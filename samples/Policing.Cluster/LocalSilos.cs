using System.Diagnostics;
using System.Globalization;
using System.Net;
using System.Net.Sockets;

namespace Policing.Cluster;

/// <summary>Silo processes started on localhost for one job (<c>--silos N</c>), the primary first, each stopped when the job ends.</summary>
internal sealed class LocalSilos : IAsyncDisposable
{
    private readonly List<Process> _silos = [];

    private LocalSilos(int[] gateways) => Gateways = gateways;

    /// <summary>Gets the silos' gateway ports.</summary>
    internal int[] Gateways { get; }

    internal static async Task<LocalSilos> StartAsync(int count, TextWriter error)
    {
        var ports = FreePorts(count * 2);
        var silos = new LocalSilos(ports[count..]);
        try
        {
            var primary = $"127.0.0.1:{ports[0]}";
            await silos.StartOneAsync(ports[0], ports[count], primary, error);
            await Task.WhenAll(Enumerable.Range(1, count - 1).Select(i => silos.StartOneAsync(ports[i], ports[count + i], primary, error)));
            return silos;
        }
        catch
        {
            await silos.DisposeAsync();
            throw;
        }
    }

    /// <summary>The peak resident memory of each silo process so far, in bytes.</summary>
    internal long[] PeakWorkingSets() => [.. _silos.Select(s =>
    {
        s.Refresh();
        return s.PeakWorkingSet64;
    })];

    /// <summary>Closes each silo's standard input, so that it stops; kills one that has not stopped within 20 seconds.</summary>
    public async ValueTask DisposeAsync()
    {
        foreach (var silo in _silos)
        {
            silo.StandardInput.Close();
        }

        foreach (var silo in _silos)
        {
            using var wait = new CancellationTokenSource(TimeSpan.FromSeconds(20));
            try
            {
                await silo.WaitForExitAsync(wait.Token);
            }
            catch (OperationCanceledException)
            {
                silo.Kill(entireProcessTree: true);
            }

            silo.Dispose();
        }
    }

    private static int[] FreePorts(int count)
    {
        var listeners = Enumerable.Range(0, count).Select(_ => new TcpListener(IPAddress.Loopback, 0)).ToArray();
        foreach (var listener in listeners)
        {
            listener.Start();
        }

        var ports = listeners.Select(l => ((IPEndPoint)l.LocalEndpoint).Port).ToArray();
        foreach (var listener in listeners)
        {
            listener.Stop();
        }

        return ports;
    }

    private async Task StartOneAsync(int port, int gateway, string primary, TextWriter error)
    {
        // This program, run again: through its apphost when that is what runs, else through dotnet and the assembly
        // (run with dotnet, or referenced by another program such as the cluster benchmark).
        var self = Environment.ProcessPath ?? throw new InvalidOperationException("The path of this program is unknown: silos cannot be started.");
        var name = typeof(LocalSilos).Assembly.GetName().Name;
        var apphost = Path.GetFileName(self) is var file && (file == name || file == $"{name}.exe");
        var start = new ProcessStartInfo(apphost ? self : Environment.GetEnvironmentVariable("DOTNET_HOST_PATH") ?? "dotnet") { RedirectStandardInput = true, RedirectStandardOutput = true, UseShellExecute = false };
        if (!apphost)
        {
            start.ArgumentList.Add(typeof(LocalSilos).Assembly.Location);
        }

        foreach (var argument in (string[])["silo", "--port", port.ToString(CultureInfo.InvariantCulture), "--gateway", gateway.ToString(CultureInfo.InvariantCulture), "--primary", primary, "--stop-on-stdin-close"])
        {
            start.ArgumentList.Add(argument);
        }

        var silo = Process.Start(start) ?? throw new InvalidOperationException($"The silo on port {port} did not start.");
        lock (_silos)
        {
            _silos.Add(silo);
        }

        using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(60));
        while (await silo.StandardOutput.ReadLineAsync(timeout.Token) is { } line)
        {
            if (line.StartsWith(SiloCommand.Ready, StringComparison.Ordinal))
            {
                await error.WriteLineAsync($"  {line}");
                _ = silo.StandardOutput.ReadToEndAsync(CancellationToken.None);
                return;
            }
        }

        throw new InvalidOperationException($"The silo on port {port} exited before it was ready (exit code {(silo.HasExited ? silo.ExitCode : -1)}).");
    }
}
