package tabletop.scenarios.io;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.networknt.schema.JsonNodePath;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.PathType;
import com.networknt.schema.SchemaValidatorsConfig;
import com.networknt.schema.SpecVersion;
import com.networknt.schema.ValidationMessage;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import tabletop.engine.scenario.Suggest;

/**
 * Checks a scenario tree against the published JSON Schema ({@code scenarios/schema/
 * scenario.schema.json}) and turns each violation into a located problem with a hint, phrased for
 * an author rather than in the validator's terms.
 */
final class SchemaCheck {
  /** Where the schema lives on the classpath (copied there from {@code scenarios/schema/}). */
  static final String RESOURCE = "/tabletop/scenarios/schema/scenario.schema.json";

  private SchemaCheck() {}

  /** Loaded on first use, not when the class is loaded, so the shell starts without it. */
  private static final class Holder {
    static final JsonNode NODE = readSchema();
    static final JsonSchema SCHEMA =
        JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V202012)
            .getSchema(
                NODE, SchemaValidatorsConfig.builder().pathType(PathType.JSON_POINTER).build());

    /**
     * A roster file's schema: the scenario schema's {@code $defs/roster}, with the same {@code
     * $defs}, so that every problem is located and worded as in a scenario.
     */
    static final JsonSchema ROSTER =
        JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V202012)
            .getSchema(
                rosterNode(),
                SchemaValidatorsConfig.builder().pathType(PathType.JSON_POINTER).build());

    private static JsonNode rosterNode() {
      com.fasterxml.jackson.databind.node.ObjectNode n = new ObjectMapper().createObjectNode();
      n.set("$schema", NODE.get("$schema"));
      n.put("$ref", "#/$defs/roster");
      n.set("$defs", NODE.get("$defs"));
      return n;
    }

    private static JsonNode readSchema() {
      try (InputStream in = SchemaCheck.class.getResourceAsStream(RESOURCE)) {
        if (in == null) {
          throw new IllegalStateException("the scenario schema is missing from the classpath");
        }
        return new ObjectMapper().readTree(in);
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    }
  }

  /** The schema as a tree, for readers such as the README test. */
  static JsonNode schema() {
    return Holder.NODE;
  }

  /**
   * The schema's problems in three groups: unknown fields (usually typos), wrong values, and
   * missing fields. A missing field is left out when an unknown field at the same level is
   * suggested as it ({@code titel} for a missing {@code title}): the typo says what to fix.
   */
  record Result(List<Problem> unknownFields, List<Problem> values, List<Problem> missing) {}

  static Result check(String name, LocatedTree tree) {
    return check(name, tree, Holder.SCHEMA);
  }

  /** A roster file's problems, as {@link #check(String, LocatedTree)} gives a scenario's. */
  static Result checkRoster(String name, LocatedTree tree) {
    return check(name, tree, Holder.ROSTER);
  }

  private static Result check(String name, LocatedTree tree, JsonSchema schema) {
    Set<ValidationMessage> messages = schema.validate(tree.root());
    Set<String> suggested = new HashSet<>();
    for (ValidationMessage m : messages) {
      if ("additionalProperties".equals(m.getType())) {
        String closest = Suggest.closest(m.getProperty(), allowed(owner(m)));
        if (closest != null) {
          suggested.add(pointer(m.getInstanceLocation()) + "/" + LocatedTree.escape(closest));
        }
      }
    }
    Set<Problem> unknownFields = new LinkedHashSet<>();
    Set<Problem> values = new LinkedHashSet<>();
    Set<Problem> missing = new LinkedHashSet<>();
    for (ValidationMessage m : messages) {
      String type = m.getType() == null ? "" : m.getType();
      switch (type) {
        case "additionalProperties" -> unknownFields.add(problem(name, tree, m));
        case "required" -> {
          String field =
              pointer(m.getInstanceLocation()) + "/" + LocatedTree.escape(m.getProperty());
          if (!suggested.contains(field)) {
            missing.add(problem(name, tree, m));
          }
        }
        default -> values.add(problem(name, tree, m));
      }
    }
    return new Result(
        new ArrayList<>(unknownFields), new ArrayList<>(values), new ArrayList<>(missing));
  }

  private static JsonNode owner(ValidationMessage m) {
    return at(m.getSchemaLocation().getFragment(), 1);
  }

  /** The fields a schema object allows, in the schema's order. */
  private static List<String> allowed(JsonNode owner) {
    List<String> allowed = new ArrayList<>();
    if (owner != null && owner.has("properties")) {
      owner.get("properties").fieldNames().forEachRemaining(allowed::add);
    }
    return allowed;
  }

  private static Problem problem(String name, LocatedTree tree, ValidationMessage m) {
    String ptr = pointer(m.getInstanceLocation());
    JsonNode instance = m.getInstanceNode();
    JsonNode keyword = at(m.getSchemaLocation().getFragment(), 0);
    JsonNode owner = at(m.getSchemaLocation().getFragment(), 1);
    String where = path(m.getInstanceLocation());
    String type = m.getType() == null ? "" : m.getType();
    LocatedTree.Loc loc = tree.valueAt(ptr);
    String text;
    switch (type) {
      case "required" -> {
        String field = m.getProperty();
        text =
            (ptr.isEmpty() ? "" : where + ": ")
                + "missing '"
                + field
                + "'; add '"
                + field
                + ": …'"
                + describe(owner, field);
      }
      case "additionalProperties" -> {
        String field = m.getProperty();
        loc = tree.keyAt(ptr + "/" + LocatedTree.escape(field));
        List<String> allowed = allowed(owner);
        text =
            "unknown field '"
                + field
                + "'"
                + (ptr.isEmpty() ? "" : " in " + where)
                + Suggest.didYouMean(field, allowed)
                + "; the fields allowed here are: "
                + String.join(", ", allowed);
      }
      case "type" -> {
        String expected = keyword == null ? "another type" : types(keyword);
        text =
            where
                + " is "
                + article(kind(instance))
                + ", but must be "
                + expected
                + "; "
                + typeHint(keyword);
      }
      case "enum" -> {
        List<String> allowed = new ArrayList<>();
        if (keyword != null) {
          keyword.forEach(v -> allowed.add(v.asText()));
        }
        String v = instance == null ? "" : instance.asText();
        text =
            where
                + ": '"
                + v
                + "' is not allowed"
                + Suggest.didYouMean(v, allowed)
                + "; use one of: "
                + String.join(", ", allowed);
      }
      case "pattern" -> {
        String v = instance == null ? "" : instance.asText();
        boolean fact = keyword != null && keyword.asText().contains("=");
        boolean date = keyword != null && keyword.asText().startsWith("^[0-9]{4}-");
        text =
            date
                ? where
                    + ": '"
                    + v
                    + "' is not a date; write it as YYYY-MM-DD"
                    + (keyword.asText().contains(")?") ? " (or YYYY-MM)" : "")
                    + ", e.g. 2027-03-18"
                : where
                    + ": '"
                    + v
                    + "' is not "
                    + (fact ? "a world fact id (or 'id=value')" : "a kebab-case id")
                    + "; use lower-case letters, digits and hyphens, e.g. '"
                    + slug(v)
                    + "'";
      }
      case "minItems" -> text = where + " is empty; give at least one item";
      case "minLength" -> text = where + " is empty; write some text";
      case "minimum", "maximum" -> {
        JsonNode min = owner == null ? null : owner.get("minimum");
        JsonNode max = owner == null ? null : owner.get("maximum");
        text =
            where
                + " is "
                + (instance == null ? "" : instance.asText())
                + ", out of range; use a number"
                + (min != null ? " from " + min.asText() : "")
                + (max != null ? " up to " + max.asText() : "");
      }
      default ->
          text =
              where
                  + ": "
                  + stripPath(m.getMessage())
                  + "; see the field's description in scenarios/schema/scenario.schema.json";
    }
    return new Problem(name, loc.line(), loc.column(), text);
  }

  private static String describe(JsonNode owner, String field) {
    if (owner == null || !owner.has("properties") || !owner.get("properties").has(field)) {
      return "";
    }
    JsonNode d = owner.get("properties").get(field).get("description");
    return d == null ? "" : " (" + d.asText() + ")";
  }

  /** The schema node at a fragment, {@code up} levels above its end. */
  private static JsonNode at(JsonNodePath fragment, int up) {
    if (fragment == null) {
      return null;
    }
    JsonNode n = Holder.NODE;
    for (int i = 0; i < fragment.getNameCount() - up; i++) {
      Object e = fragment.getElement(i);
      n = e instanceof Integer idx ? n.get(idx) : n.get(String.valueOf(e));
      if (n == null) {
        return null;
      }
    }
    return n;
  }

  static String pointer(JsonNodePath path) {
    StringBuilder b = new StringBuilder();
    for (int i = 0; i < path.getNameCount(); i++) {
      b.append('/').append(LocatedTree.escape(String.valueOf(path.getElement(i))));
    }
    return b.toString();
  }

  /** A path for people: {@code turns[1].moves[0].actor}. */
  static String path(JsonNodePath path) {
    StringBuilder b = new StringBuilder();
    for (int i = 0; i < path.getNameCount(); i++) {
      Object e = path.getElement(i);
      if (e instanceof Integer idx) {
        b.append('[').append(idx).append(']');
      } else {
        if (b.length() > 0) {
          b.append('.');
        }
        b.append(e);
      }
    }
    return b.length() == 0 ? "the scenario" : b.toString();
  }

  private static String kind(JsonNode n) {
    if (n == null || n.isNull()) {
      return "empty value";
    }
    if (n.isObject()) {
      return "mapping";
    }
    if (n.isArray()) {
      return "list";
    }
    if (n.isBoolean()) {
      return "boolean (" + n.asText() + ")";
    }
    if (n.isIntegralNumber()) {
      return "whole number (" + n.asText() + ")";
    }
    if (n.isNumber()) {
      return "number (" + n.asText() + ")";
    }
    return "text ('" + n.asText() + "')";
  }

  private static String article(String noun) {
    if (noun.startsWith("text")) {
      return noun;
    }
    return (noun.startsWith("empty") ? "an " : "a ") + noun;
  }

  private static String types(JsonNode keyword) {
    List<String> names = new ArrayList<>();
    if (keyword.isArray()) {
      keyword.forEach(t -> names.add(typeName(t.asText())));
    } else {
      names.add(typeName(keyword.asText()));
    }
    return String.join(" or ", names);
  }

  private static String typeName(String t) {
    return switch (t) {
      case "object" -> "a mapping";
      case "array" -> "a list";
      case "string" -> "text";
      case "integer" -> "a whole number";
      case "number" -> "a number";
      case "boolean" -> "true or false";
      default -> t;
    };
  }

  private static String typeHint(JsonNode keyword) {
    String t =
        keyword == null ? "" : keyword.isArray() ? keyword.get(0).asText() : keyword.asText();
    return switch (t) {
      case "object" -> "write 'name: value' lines indented under it";
      case "array" -> "write a list: '[a, b]' or one '- item' per line";
      case "string" -> "write text, in quotes if it starts with a special character";
      case "integer" -> "write a whole number without quotes, e.g. 2";
      case "number" -> "write a number without quotes, e.g. 0.5";
      case "boolean" -> "write true or false without quotes";
      default -> "see the schema for what goes here";
    };
  }

  static String slug(String s) {
    String out = s.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "-").replaceAll("^-+|-+$", "");
    return out.isEmpty() ? "my-id" : out;
  }

  private static String stripPath(String message) {
    int colon = message.indexOf(": ");
    return colon > 0 && message.startsWith("/") ? message.substring(colon + 2) : message;
  }
}
