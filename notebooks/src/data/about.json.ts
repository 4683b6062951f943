// Data loader: meta (with the data note), provinces, fields and unit count of the built-in dataset, for the
// pages that compute in the engine worker and only need to name the data.
import { aboutData } from '../../lib/about-data.ts';
import { notebookDataset } from '../../lib/source.ts';

process.stdout.write(JSON.stringify(aboutData(notebookDataset())));
