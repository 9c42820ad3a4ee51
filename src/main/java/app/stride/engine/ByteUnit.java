package app.stride.engine;

import java.math.BigDecimal;

/** Units of memory: SI as the course uses them (1 MB = 10^6 B), and the binary ones. */
public enum ByteUnit {
    B("B", 1L),
    KB("KB", 1_000L),
    MB("MB", 1_000_000L),
    GB("GB", 1_000_000_000L),
    KIB("KiB", 1L << 10),
    MIB("MiB", 1L << 20),
    GIB("GiB", 1L << 30);

    private final String symbol;
    private final long bytes;

    ByteUnit(String symbol, long bytes) {
        this.symbol = symbol;
        this.bytes = bytes;
    }

    public String symbol() {
        return symbol;
    }

    /** Bytes in one of this unit. */
    public long bytes() {
        return bytes;
    }

    /** An exact conversion from bytes into this unit. */
    public BigDecimal of(long byteCount) {
        return new BigDecimal(byteCount).divide(new BigDecimal(bytes));
    }
}
