package org.openbsn.marketplace.inspection;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

import org.openbsn.infra.error.FieldViolation;
import org.openbsn.marketplace.api.ManifestFunction;
import org.openbsn.marketplace.api.ManifestVocabulary;
import org.openbsn.marketplace.api.PackageManifest;
import org.openbsn.marketplace.api.SuggestedRole;

/** What a package manifest must say: lengths and consistency here, the allowed values in {@link ManifestVocabulary}. */
public final class ManifestRules {

    static final List<String> CATEGORIES = ManifestVocabulary.CATEGORIES;
    static final List<String> LANGUAGES = ManifestVocabulary.LANGUAGES;
    static final List<String> FUNCTION_TYPES = ManifestVocabulary.FUNCTION_TYPES;
    public static final int NAME_MIN = 3;
    public static final int NAME_MAX = 60;
    public static final int DESCRIPTION_MAX = 2000;
    public static final int TAGS_MAX = 10;
    public static final int TAG_MAX = 30;
    public static final int LICENCE_TERMS_MAX = 5000;
    public static final int FUNCTION_NAME_MAX = 60;

    private ManifestRules() {
    }

    /**
     * Every rule the manifest breaks, as violations of the field "manifest" whose first argument is the path inside it
     * (e.g. "functions[2].type") and whose message starts with that path.
     */
    public static List<FieldViolation> check(PackageManifest m) {
        List<FieldViolation> v = new ArrayList<>();
        String name = m.name() == null ? "" : m.name().strip();
        if (name.length() < NAME_MIN || name.length() > NAME_MAX) {
            v.add(violation("name", "name-length", "the name must be " + NAME_MIN + " to " + NAME_MAX
                    + " characters long", NAME_MIN, NAME_MAX));
        }
        if (m.description() == null || m.description().isBlank()) {
            v.add(violation("description", "required", "a description is required"));
        } else if (m.description().length() > DESCRIPTION_MAX) {
            v.add(violation("description", "too-long", "the description may be at most " + DESCRIPTION_MAX
                    + " characters long", DESCRIPTION_MAX));
        }
        if (!CATEGORIES.contains(m.category())) {
            v.add(violation("category", "category", "the category must be one of " + CATEGORIES, CATEGORIES));
        }
        checkTags(m.tags(), v);
        if (!LANGUAGES.contains(m.language())) {
            v.add(violation("language", "language", "the language must be one of " + LANGUAGES, LANGUAGES));
        }
        if (m.licenceTerms() == null || m.licenceTerms().isBlank()) {
            v.add(violation("licenceTerms", "required", "licence terms are required"));
        } else if (m.licenceTerms().length() > LICENCE_TERMS_MAX) {
            v.add(violation("licenceTerms", "too-long", "the licence terms may be at most " + LICENCE_TERMS_MAX
                    + " characters long", LICENCE_TERMS_MAX));
        }
        Set<String> queries = new HashSet<>();
        Set<String> declared = checkFunctions(m.functions(), queries, v);
        checkRoles(m.roles(), declared, v);
        if (m.reviewQuery() == null || m.reviewQuery().function() == null) {
            v.add(violation("reviewQuery", "required", "a review query (a declared query function and its args) is required"));
        } else if (!queries.contains(m.reviewQuery().function())) {
            v.add(violation("reviewQuery.function", "review-query", "the review query must name a declared function of"
                    + " type query; '" + m.reviewQuery().function() + "' is not one", m.reviewQuery().function()));
        } else if (m.reviewQuery().args() != null && m.reviewQuery().args().stream().anyMatch(a -> a == null)) {
            v.add(violation("reviewQuery.args", "required", "the review query's args may not be null"));
        }
        return v;
    }

    private static void checkTags(List<String> tags, List<FieldViolation> v) {
        if (tags == null) {
            return;
        }
        if (tags.size() > TAGS_MAX) {
            v.add(violation("tags", "too-many", "at most " + TAGS_MAX + " tags are allowed", TAGS_MAX));
        }
        for (int i = 0; i < tags.size(); i++) {
            String tag = tags.get(i);
            if (tag == null || tag.isBlank() || tag.length() > TAG_MAX) {
                v.add(violation("tags[" + i + "]", "tag", "each tag must be 1 to " + TAG_MAX + " characters long",
                        TAG_MAX));
            }
        }
    }

    private static Set<String> checkFunctions(List<ManifestFunction> functions, Set<String> queries,
                                              List<FieldViolation> v) {
        Set<String> declared = new HashSet<>();
        if (functions == null || functions.isEmpty()) {
            v.add(violation("functions", "required", "at least one function is required"));
            return declared;
        }
        for (int i = 0; i < functions.size(); i++) {
            ManifestFunction f = functions.get(i);
            String at = "functions[" + i + "]";
            if (f == null || f.name() == null || f.name().isBlank() || f.name().length() > FUNCTION_NAME_MAX) {
                v.add(violation(at + ".name", "function-name", "each function needs a name of 1 to "
                        + FUNCTION_NAME_MAX + " characters", FUNCTION_NAME_MAX));
                continue;
            }
            if (!declared.add(f.name())) {
                v.add(violation(at + ".name", "function-duplicate", "the function name '" + f.name()
                        + "' is declared twice", f.name()));
            }
            if (f.chaincodeFunction() == null || f.chaincodeFunction().isBlank()) {
                v.add(violation(at + ".chaincodeFunction", "required", "function '" + f.name()
                        + "' needs the chaincode function it calls", f.name()));
            }
            if (!FUNCTION_TYPES.contains(f.type())) {
                v.add(violation(at + ".type", "function-type", "function '" + f.name() + "' has type '" + f.type()
                        + "'; it must be one of " + FUNCTION_TYPES, f.name(), FUNCTION_TYPES));
            } else if (f.type().equals("query")) {
                queries.add(f.name());
            }
        }
        return declared;
    }

    private static void checkRoles(List<SuggestedRole> roles, Set<String> declared, List<FieldViolation> v) {
        if (roles == null) {
            return;
        }
        Set<String> names = new HashSet<>();
        for (int i = 0; i < roles.size(); i++) {
            SuggestedRole role = roles.get(i);
            String at = "roles[" + i + "]";
            if (role == null || role.name() == null || role.name().isBlank()) {
                v.add(violation(at + ".name", "required", "each role needs a name"));
                continue;
            }
            if (!names.add(role.name())) {
                v.add(violation(at + ".name", "role-duplicate", "the role '" + role.name() + "' is declared twice",
                        role.name()));
            }
            List<String> functions = role.functions() == null ? List.of() : role.functions();
            String undeclared = functions.stream().filter(f -> !declared.contains(f)).collect(Collectors.joining(", "));
            if (!undeclared.isEmpty()) {
                v.add(violation(at + ".functions", "role-function", "role '" + role.name()
                        + "' names functions the manifest does not declare: " + undeclared, role.name(), undeclared));
            }
        }
    }

    private static FieldViolation violation(String path, String rule, String message, Object... arguments) {
        Object[] withPath = new Object[arguments.length + 1];
        withPath[0] = path;
        System.arraycopy(arguments, 0, withPath, 1, arguments.length);
        return FieldViolation.of("manifest", "marketplace.manifest." + rule, path + ": " + message, withPath);
    }
}
