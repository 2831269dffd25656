#!/usr/bin/env node
import '../dist/redline.js';
