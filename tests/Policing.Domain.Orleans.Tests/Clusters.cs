using Orleans.Configuration;
using Orleans.TestingHost;

namespace Policing.Domain.Orleans.Tests;

/// <summary>In-process clusters of three silos, tuned so that a killed silo is declared dead within seconds.</summary>
internal static class Clusters
{
    internal static async Task<InProcessTestCluster> StartAsync(short silos = 3)
    {
        var builder = new InProcessTestClusterBuilder(silos);
        builder.ConfigureSilo((_, silo) => silo.Configure<ClusterMembershipOptions>(o =>
        {
            o.ProbeTimeout = TimeSpan.FromMilliseconds(500);
            o.NumMissedProbesLimit = 1;
            o.NumVotesForDeathDeclaration = 1;
            o.TableRefreshTimeout = TimeSpan.FromSeconds(1);
            o.DeathVoteExpirationTimeout = TimeSpan.FromSeconds(5);
        }).Configure<SiloMessagingOptions>(o => o.ResponseTimeout = TimeSpan.FromSeconds(5)));
        builder.ConfigureClient(client => client.Configure<ClientMessagingOptions>(o => o.ResponseTimeout = TimeSpan.FromSeconds(5)));
        var cluster = builder.Build();
        await cluster.DeployAsync();
        return cluster;
    }
}

/// <summary>One cluster shared by the tests that do not stop silos.</summary>
public sealed class ClusterFixture : IAsyncLifetime
{
    /// <summary>Gets the cluster.</summary>
    public InProcessTestCluster Cluster { get; private set; } = null!;

    /// <inheritdoc/>
    public async Task InitializeAsync() => Cluster = await Clusters.StartAsync();

    /// <inheritdoc/>
    public async Task DisposeAsync() => await Cluster.DisposeAsync();
}
