using System.Buffers;
using System.Globalization;
using System.Text;
using System.Text.Unicode;

namespace Policing.Domain.Data.Csv;

/// <summary>
/// The encodings of dataset files: strict decoders that throw on bytes the encoding does not allow, so that garbled
/// text is never read, and the error that refuses such a file, naming its line.
/// </summary>
internal static class DatasetText
{
    private const int Gb18030CodePage = 54936;

    private static readonly Encoding StrictUtf8 = new UTF8Encoding(encoderShouldEmitUTF8Identifier: true, throwOnInvalidBytes: true);
    private static readonly Encoding StrictGb18030 = CodePagesEncodingProvider.Instance.GetEncoding(Gb18030CodePage, EncoderFallback.ExceptionFallback, DecoderFallback.ExceptionFallback)
        ?? throw new PlatformNotSupportedException("This runtime has no GB18030 encoding (code page 54936).");

    /// <summary>Gets the strict decoder of an encoding.</summary>
    internal static Encoding Decoder(DatasetEncoding encoding) => encoding switch
    {
        DatasetEncoding.Utf8 => StrictUtf8,
        DatasetEncoding.Gb18030 => StrictGb18030,
        _ => throw new ArgumentOutOfRangeException(nameof(encoding), encoding, "The encoding must be Utf8 or Gb18030."),
    };

    /// <summary>Gets the encoder files are written with: UTF-8 without a byte order mark, or GB18030.</summary>
    internal static Encoding Encoder(DatasetEncoding encoding) => encoding switch
    {
        DatasetEncoding.Utf8 => new UTF8Encoding(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true),
        DatasetEncoding.Gb18030 => StrictGb18030,
        _ => throw new ArgumentOutOfRangeException(nameof(encoding), encoding, "The encoding must be Utf8 or Gb18030."),
    };

    /// <summary>Opens a file for reading in an encoding; a UTF-8 byte order mark is skipped.</summary>
    internal static TextReader Open(string path, DatasetEncoding encoding) =>
        new StreamReader(path, Decoder(encoding), detectEncodingFromByteOrderMarks: false, new FileStreamOptions { BufferSize = 1 << 16 });

    /// <summary>The error that refuses a file holding bytes its encoding does not allow: the file, the line, the bytes, and what reads it.</summary>
    internal static DatasetException Refusal(string path, string file, DatasetEncoding encoding, DecoderFallbackException cause)
    {
        var bytes = File.ReadAllBytes(path);
        var offset = encoding == DatasetEncoding.Utf8 ? FirstInvalidUtf8(bytes) : FirstInvalid(bytes, StrictGb18030);
        var line = 1 + bytes.AsSpan(0, (int)Math.Max(offset, 0)).Count((byte)'\n');
        var shown = offset < 0 ? "bytes" : "the bytes " + string.Join(' ', bytes.Skip((int)offset).Take(4).Select(b => b.ToString("X2", CultureInfo.InvariantCulture)));
        if (encoding == DatasetEncoding.Utf8)
        {
            var hint = FirstInvalid(bytes, StrictGb18030) < 0
                ? "It looks like GB18030 (GBK, GB2312), which Excel and Chinese Windows write when they save CSV: read the folder with --encoding gb18030 (DatasetReadOptions.Encoding = Gb18030)."
                : "It is not GB18030 (GBK, GB2312) either, which --encoding gb18030 would read: save it as UTF-8.";
            return new DatasetException($"{file} is not valid UTF-8: line {line} holds {shown}, which UTF-8 does not allow. The file is refused as a whole, so that no garbled text is analysed. {hint}", cause);
        }

        return new DatasetException($"{file} is not valid GB18030: line {line} holds {shown}, which GB18030 does not allow. The file is refused as a whole, so that no garbled text is analysed. If it is UTF-8, read it without --encoding gb18030.", cause);
    }

    /// <summary>Finds the first byte that does not decode as UTF-8 (after a byte order mark), or -1 when all do.</summary>
    private static long FirstInvalidUtf8(ReadOnlySpan<byte> bytes)
    {
        var chars = ArrayPool<char>.Shared.Rent(1 << 16);
        try
        {
            long offset = 0;
            while (true)
            {
                var status = Utf8.ToUtf16(bytes, chars, out var read, out _, replaceInvalidSequences: false, isFinalBlock: true);
                switch (status)
                {
                    case OperationStatus.Done:
                        return -1;
                    case OperationStatus.InvalidData:
                        return offset + read;
                    default:
                        offset += read;
                        bytes = bytes[read..];
                        break;
                }
            }
        }
        finally
        {
            ArrayPool<char>.Shared.Return(chars);
        }
    }

    /// <summary>Finds the first byte a strict encoding does not decode, or -1 when all decode.</summary>
    private static long FirstInvalid(byte[] bytes, Encoding strict)
    {
        try
        {
            _ = strict.GetCharCount(bytes);
            return -1;
        }
        catch (DecoderFallbackException ex)
        {
            return Math.Max(ex.Index, 0);
        }
    }
}
