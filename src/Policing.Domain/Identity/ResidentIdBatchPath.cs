namespace Policing.Domain.Identity;

/// <summary>The ways <see cref="ResidentIdBatch"/> can go through a buffer; tests and benchmarks force each one.</summary>
internal enum ResidentIdBatchPath
{
    /// <summary>Every line through <see cref="ResidentIdBatch.CountLine"/>: the fallback where no vector is accelerated.</summary>
    LineByLine,

    /// <summary>The 128-bit path on the cross-platform API alone: what ARM64 (NEON) runs.</summary>
    Vector128Portable,

    /// <summary>The 128-bit path with SSSE3 where the machine has it (on ARM64 the same as <see cref="Vector128Portable"/>).</summary>
    Vector128,

    /// <summary>The 256-bit path: AVX2.</summary>
    Vector256,

    /// <summary>The 512-bit path: AVX-512 with VBMI.</summary>
    Vector512,
}
