// Validates Kubernetes objects against the API schemas that the npm package kubernetes-models
// carries (generated from Kubernetes' OpenAPI definitions): reads a JSON array of objects on
// standard input, prints one line per object and exits 1 when any is invalid. Run by
// KubernetesManifestsTest from the directory where that package is installed.
let input = "";
for await (const chunk of process.stdin) {
    input += chunk;
}
let invalid = 0;
for (const object of JSON.parse(input)) {
    const name = `${object.kind} ${object.metadata?.name ?? "(no name)"}`;
    try {
        const model = await import(`kubernetes-models/${object.apiVersion}/${object.kind}`);
        new model[object.kind](object).validate();
        console.log(`${name}: valid ${object.apiVersion}`);
    } catch (e) {
        invalid++;
        console.log(`${name}: ${e.message}`);
    }
}
process.exit(invalid === 0 ? 0 : 1);
