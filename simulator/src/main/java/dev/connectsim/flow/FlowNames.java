package dev.connectsim.flow;

/**
 * Where a flow's name and type come from, best first: the export wrapper's {@code Name} and {@code Type}, then
 * the editor's metadata in the file, then (for the name) the file name without {@code .json}.
 *
 * @param wrapperName the wrapper's Name, or null
 * @param wrapperType the wrapper's Type, or null
 * @param fileStem    the file name without folders and without {@code .json}
 */
record FlowNames(String wrapperName, String wrapperType, String fileStem) {

    static FlowNames forFile(String source) {
        String file = source.substring(Math.max(source.lastIndexOf('/'), source.lastIndexOf('\\')) + 1);
        String stem = file.endsWith(".json") ? file.substring(0, file.length() - ".json".length()) : file;
        return new FlowNames(null, null, stem.isEmpty() ? source : stem);
    }

    FlowNames withWrapper(String name, String type) {
        return new FlowNames(name, type, fileStem);
    }

    String name(String metadataName) {
        return wrapperName != null ? wrapperName : metadataName != null ? metadataName : fileStem;
    }

    String typeName(String metadataType) {
        return wrapperType != null ? wrapperType : metadataType;
    }
}
