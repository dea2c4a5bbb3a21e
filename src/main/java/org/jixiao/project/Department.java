package org.jixiao.project;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.text.Normalizer;
import java.util.HexFormat;

/**
 * 主管部门: the code (e.g. {@code 102}) identifies it; the name is as printed on the sheet. Sheets that print only
 * a name get a code derived from it, sheets that print no department are filed under {@link #UNASSIGNED}
 * (docs/sheet-format.md#department). Access rules work on codes alone, so a derived code is a department of its own:
 * only callers given that code (or all departments) see its projects.
 */
public record Department(String code, String name) {

    /** Derived codes start so; real codes are numbers (102, 301001) and cannot collide with them. */
    public static final String DERIVED_CODE_PREFIX = "dn-";
    private static final int DERIVED_HEX_DIGITS = 10;

    /** Where a sheet that names no department is filed. */
    public static final Department UNASSIGNED = new Department("unassigned", "未注明主管部门");

    /**
     * The department a sheet names without a code. The code is {@code dn-} and the first 10 hex digits of the
     * SHA-256 of the name in UTF-8, after NFKC normalisation and with all white space removed, so that
     * 晋城市 数据局 and 晋城市数据局 (or a full-width space) are the same department.
     */
    public static Department named(String name) {
        try {
            byte[] hash = MessageDigest.getInstance("SHA-256").digest(key(name).getBytes(StandardCharsets.UTF_8));
            String hex = HexFormat.of().formatHex(hash);
            return new Department(DERIVED_CODE_PREFIX + hex.substring(0, DERIVED_HEX_DIGITS), name);
        }
        catch (NoSuchAlgorithmException ex) {
            throw new IllegalStateException("every Java runtime has SHA-256", ex);
        }
    }

    /** Whether this department's name is the one printed, but for white space and full-width forms. */
    public boolean hasName(String printed) {
        return printed != null && key(printed).equals(key(name));
    }

    private static String key(String name) {
        return Normalizer.normalize(name, Normalizer.Form.NFKC).replaceAll("\\s+", "");
    }

    /** Whether the code was derived from the name rather than printed. */
    public boolean codeDerived() {
        return code.startsWith(DERIVED_CODE_PREFIX);
    }

    public boolean unassigned() {
        return code.equals(UNASSIGNED.code());
    }
}
