namespace Policing.Domain.Data;

/// <summary>The character encodings a dataset folder's files may be in (DATASET.md).</summary>
public enum DatasetEncoding
{
    /// <summary>UTF-8, with or without a byte order mark: the default.</summary>
    Utf8,

    /// <summary>GB18030, which covers GBK and GB2312: what Excel and Chinese Windows write when they save CSV.</summary>
    Gb18030,
}
