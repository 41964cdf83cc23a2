package org.openbsn.devnet.policy;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads Fabric's policy syntax by recursive descent: {@code MAJORITY}, {@code ANY}, {@code ALL}
 * (optionally followed by {@code Endorsement}), or gates {@code AND(...)}, {@code OR(...)},
 * {@code OutOf(n, ...)} (any letter case, as Fabric accepts) over quoted principals.
 */
final class SignaturePolicyParser {

    /** Fabric's MSP ids in principals: letters, digits, '.' and '-'. */
    private static final Pattern MSP_ID = Pattern.compile("[A-Za-z0-9.\\-]+");
    private static final Pattern IMPLICIT = Pattern.compile("\\s*(MAJORITY|ANY|ALL)(\\s+Endorsement)?\\s*",
            Pattern.CASE_INSENSITIVE);

    private final String text;
    private int at;

    SignaturePolicyParser(String text) {
        this.text = text == null ? "" : text;
    }

    EndorsementPolicy parse() {
        if (text.isBlank()) {
            throw fail("the policy is empty", 0);
        }
        Matcher implicit = IMPLICIT.matcher(text);
        if (implicit.matches()) {
            return new ImplicitPolicy(ImplicitPolicy.Rule.valueOf(implicit.group(1).toUpperCase(Locale.ROOT)));
        }
        SignaturePolicy.Rule rule = rule();
        skipSpaces();
        if (at < text.length()) {
            throw fail("unexpected '" + text.charAt(at) + "' after the end of the policy", at);
        }
        return new SignaturePolicy(rule);
    }

    private SignaturePolicy.Rule rule() {
        skipSpaces();
        if (at >= text.length()) {
            throw fail("the policy ends where a gate or a principal was expected", at);
        }
        char first = text.charAt(at);
        if (first == '\'' || first == '"') {
            return new SignaturePolicy.SignedBy(principal());
        }
        int start = at;
        while (at < text.length() && Character.isLetterOrDigit(text.charAt(at))) {
            at++;
        }
        String gate = text.substring(start, at);
        if (gate.isEmpty()) {
            throw fail("unexpected '" + first + "' where a gate or a principal was expected", start);
        }
        String known = gate.toUpperCase(Locale.ROOT);
        if (!known.equals("AND") && !known.equals("OR") && !known.equals("OUTOF")) {
            throw fail("unknown gate '" + gate + "'; use AND, OR or OutOf, or quote a principal like 'Org1MSP.peer'", start);
        }
        expect('(', "'(' after " + gate);
        int required = known.equals("OUTOF") ? count(gate) : -1;
        List<SignaturePolicy.Rule> rules = new ArrayList<>();
        rules.add(rule());
        while (next(gate, start) == ',') {
            rules.add(rule());
        }
        if (known.equals("AND")) {
            required = rules.size();
        } else if (known.equals("OR")) {
            required = 1;
        } else if (required > rules.size()) {
            throw fail("OutOf(" + required + ", ...) requires more signatures than the " + rules.size()
                    + " policies it lists", start);
        }
        return new SignaturePolicy.OutOf(required, rules);
    }

    /** The number that opens OutOf, and the comma after it. */
    private int count(String gate) {
        skipSpaces();
        int start = at;
        while (at < text.length() && Character.isDigit(text.charAt(at))) {
            at++;
        }
        if (start == at) {
            throw fail(gate + " needs the number of required signatures first, e.g. OutOf(2, 'A.peer', 'B.peer', 'C.peer')",
                    start);
        }
        int required;
        try {
            required = Integer.parseInt(text.substring(start, at));
        } catch (NumberFormatException tooLarge) {
            throw fail("the number " + text.substring(start, at) + " is too large", start);
        }
        if (required < 1) {
            throw fail(gate + " needs at least 1 required signature", start);
        }
        expect(',', "',' after the number of required signatures");
        return required;
    }

    /** Reads ',' or ')' after a gate's argument; returns which. */
    private char next(String gate, int gateStart) {
        skipSpaces();
        if (at >= text.length()) {
            throw fail("the policy ends before the ')' closing " + gate + " (opened at position " + (gateStart + 1) + ")", at);
        }
        char c = text.charAt(at);
        if (c != ',' && c != ')') {
            throw fail("expected ',' or ')' in " + gate + " but found '" + c + "'", at);
        }
        at++;
        return c;
    }

    private Principal principal() {
        int start = at;
        char quote = text.charAt(at++);
        int end = text.indexOf(quote, at);
        if (end < 0) {
            throw fail("the principal has no closing " + quote, start);
        }
        String written = text.substring(at, end);
        at = end + 1;
        int dot = written.lastIndexOf('.');
        if (dot <= 0) {
            throw fail("principal " + quote + written + quote + " must be '<MspId>.<role>', e.g. 'Org1MSP.peer'", start);
        }
        String mspId = written.substring(0, dot);
        String role = written.substring(dot + 1);
        if (!MSP_ID.matcher(mspId).matches()) {
            throw fail("the MSP id '" + mspId + "' may hold only letters, digits, '.' and '-'", start);
        }
        for (Principal.Role known : Principal.Role.values()) {
            if (known.text().equals(role)) {
                return new Principal(mspId, known);
            }
        }
        throw fail("unknown role '" + role + "' in principal " + quote + written + quote
                + "; use member, admin, client, peer or orderer", start);
    }

    private void expect(char wanted, String what) {
        skipSpaces();
        if (at >= text.length() || text.charAt(at) != wanted) {
            throw fail("expected " + what, at);
        }
        at++;
    }

    private void skipSpaces() {
        while (at < text.length() && Character.isWhitespace(text.charAt(at))) {
            at++;
        }
    }

    private static PolicySyntaxException fail(String problem, int index) {
        return new PolicySyntaxException(problem, index + 1);
    }
}
